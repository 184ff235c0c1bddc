# STORE_ATTR and DELETE_ATTR carry the line of the attribute name too.
class Slot:
    pass


def clear(s):
    del (s
         .missing)


s = Slot()
(s
 .value) = Slot()
print(s.value)
(s.value
 .inner) = 'ok'
print(s.value.inner)
clear(s
      .value)

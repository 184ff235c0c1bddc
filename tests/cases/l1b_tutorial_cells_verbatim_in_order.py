import sys

class Foo:
  def __init__(self):
    self.value = 1
    print(f'Object({id(self)}:{self.__class__}) is being Created.')

  def __del__(self):
    print(f'Object({id(self)}:{self.__class__}) is being destroyed.')

a = Foo()
print('...')
a = 1
print('end')

a = None
b = None

a = None
b = None

class Foo:
  def __init__(self):
    self.value = 1
    self.friend = None
    print(f'Object({hex(id(self))}:{self.__class__}) is being Created.')

  def __del__(self):
    del self.friend
    print(f'Object({hex(id(self))}:{self.__class__}) is being destroyed.')


def func(a):
  b = Foo()
  print(a)
  print(b)
  a.friend = b
  #b.friend = a

a = Foo()
func(a)
del a

class Foo:
  def __init__(self):
    self.value = 1
    self.friend = None
  def __del__(self):
    ## 여기서 딱히 friend 속성을 정리하지 않는다.
    print(f'Object({id(self):x}) is being destroyed.')

import weakref

a, b = Foo(), Foo()
a.friend = weakref.ref(b)
b.friend = weakref.ref(a)
b = None

a.friend()
a = None

# 약한 참조: 참조는 하지만 참조수를 올리지 않는다
#
# 약한 참조는 대상 객체를 참조하지만 그 객체의 소유권을 주장하지 않는,
# 즉 참조수를 올리지 않는 참조다. weakref 모듈의 ref 로 만든다. 두 객체가
# 서로를 약한 참조로만 가리키면 순환 참조가 생기지 않으므로, 이름이
# 사라지는 순간 참조수가 0이 되어 바로 파괴된다.
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
# b의 객체는 a.friend 가 약한 참조로만 가리키므로 여기서 바로 파괴된다.
b = None

# 대상이 사라진 약한 참조를 부르면 None 을 돌려준다.
a.friend()
a = None

# 순환 참조: 서로를 참조하는 두 객체는 참조수만으로는 사라지지 않는다
#
# 두 객체가 각각 자신의 friend 속성으로 서로를 참조한다. del a 로 이름 a를
# 지워도 원래 a였던 객체의 참조수는 2에서 1로 줄어들 뿐이다. 남은 참조를
# 가진 이름 b는 func()가 끝나면서 사라졌고, b.friend 라는 속성에 접근할
# 방법도 없다. 그래서 __del__()이 호출되지 않고 두 객체는 메모리에 계속
# 남는다: 메모리 누수다. 캔버스에서 빨갛게 표시된 순환 참조를 보자.
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
  # 튜토리얼은 먼저 이 줄을 주석으로 막고 실행해 본다: 그러면 순환 참조가
  # 없으므로 del a 에서 두 객체가 모두 파괴된다.
  b.friend = a

a = Foo()
func(a)
del a

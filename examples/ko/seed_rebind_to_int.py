# 참조수: 이름을 다른 객체에 바인딩하면 객체는 그 자리에서 파괴된다
#
# 파이썬의 모든 변수는 값을 담는 영역이 아니라 객체에 바인딩되는 이름이다.
# 이름이 객체에 바인딩되면 그 객체의 참조수가 1 늘어나고, 이름이 다른
# 객체를 가리키게 되면 1 줄어든다. 참조수가 0이 되는 순간 객체는 가비지
# 콜렉터의 도움 없이 즉시 파괴된다.
import sys

class Foo:
  def __init__(self):
    self.value = 1
    print(f'Object({id(self)}:{self.__class__}) is being Created.')

  def __del__(self):
    print(f'Object({id(self)}:{self.__class__}) is being destroyed.')

# Foo 인스턴스를 만들어 이름 a에 바인딩한다: 참조수는 1이다.
a = Foo()
print('...')
# a를 int 1에 다시 바인딩하면 Foo 객체를 가리키는 이름이 0개가 되고,
# 'end'가 출력되기 전에 바로 이 자리에서 __del__()이 호출된다.
a = 1
print('end')

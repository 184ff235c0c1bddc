# 가비지 콜렉터: 순환 참조를 회수하는 것은 참조수가 아니라 gc.collect()다
#
# seed_cycle_leak 예제와 같은 순환 참조를 만든 다음 gc.collect()를 부른다.
# 가비지 콜렉터는 바깥에서 도달할 수 없는 순환 참조를 찾아 각 객체의
# __del__()을 부르고 객체들을 해제한다. 가비지 콜렉터는 참조수 기반 메모리
# 관리를 대신하는 것이 아니라, 참조수로 풀 수 없는 순환만 따로 처리한다.
import gc


class Foo:
  def __init__(self):
    self.value = 1
    self.friend = None

  def __del__(self):
    print(f'Object({hex(id(self))}) is being destroyed.')
    del self.friend


def func(a):
  b = Foo()
  a.friend = b
  b.friend = a


a = Foo()
func(a)
# 여기서 두 객체는 서로만 참조하고 있다: 아무 이름도 닿지 않는 누수다.
del a
print('before collect')
# gc.collect()가 순환 참조를 찾아 두 객체를 파괴한다.
gc.collect()
print('end')

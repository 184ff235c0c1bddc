print(ord())

# expect: py.syntax
# kind: python_transform
# lang: python
# at: py.syntax 1:10
def total(rows:
    return sum(rows)

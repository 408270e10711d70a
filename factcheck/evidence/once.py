"""``read_once``: a property computed on first use and kept, as ``functools.cached_property``.

Without the lock Python 3.11's ``cached_property`` takes on every first read (an RLock
acquired and released, the instance's dict searched twice): a side's words, stems,
numbers and dates are each read once per passage assessed, about 20,000 first reads in
the 5,000 assessments of a 100k match. Two threads that read one at the same time each
compute it, and the values are equal: every property here is a pure function of its side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class read_once(Generic[T]):
    """A decorator: the method's value, computed on the first read of the attribute and
    stored in the instance's ``__dict__``, where every later read finds it first (the
    descriptor defines no ``__set__``)."""

    def __init__(self, read: Callable[[Any], T]) -> None:
        self._read = read
        self._name = read.__name__
        self.__doc__ = read.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> read_once[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object, owner: type | None = None) -> T | read_once[T]:
        if instance is None:
            return self
        found = instance.__dict__[self._name] = self._read(instance)
        return found

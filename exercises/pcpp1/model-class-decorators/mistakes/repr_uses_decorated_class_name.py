# Mistake: __repr__ uses cls.__name__ (the decorated class) instead of
# type(self).__name__, so a subclass is shown with its parent's name.
"""Class decorators for the inventory's model classes."""
import functools


def auto_repr(cls):
    """Give cls a __repr__ listing the public instance attributes."""
    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in vars(self).items()
                           if not name.startswith("_"))
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def validate(**types):
    """Check the types of the named attributes after every __init__."""
    def decorator(cls):
        original_init = cls.__init__

        @functools.wraps(original_init)
        def __init__(self, *args, **kwargs):
            original_init(self, *args, **kwargs)
            for name, expected in types.items():
                value = getattr(self, name)
                if not isinstance(value, expected):
                    raise TypeError(f"{cls.__name__}.{name} must be {expected.__name__}, "
                                    f"got {type(value).__name__}")
        cls.__init__ = __init__
        return cls
    return decorator


class Registry:
    """A callable registry: use an instance as a class decorator."""

    def __init__(self):
        self.classes = {}

    def __call__(self, cls):
        self.classes[cls.__name__] = cls
        return cls

    def __contains__(self, name):
        return name in self.classes

    def create(self, name, *args, **kwargs):
        """A new instance of the class registered as `name`."""
        return self.classes[name](*args, **kwargs)


models = Registry()


@models
@auto_repr
@validate(sku=str, qty=int, price=float)
class Product:
    def __init__(self, sku, qty=0, price=0.0):
        self.sku = sku
        self.qty = qty
        self.price = price


@models
@auto_repr
@validate(name=str)
class Customer:
    def __init__(self, name, email=None):
        self.name = name
        self.email = email
        self._password_hash = "x" * 8

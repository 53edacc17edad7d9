# Give Config attribute access (cfg.database.host), dotted-path indexing
# (cfg["database.host"]), `in`, len(), iteration and get() - see the README.


class Config:
    def __init__(self, data):
        self._data = dict(data)

    # TODO: __getattr__ (AttributeError for a missing setting), __getitem__
    #       with dotted paths (KeyError), get(), __contains__, __len__, __iter__

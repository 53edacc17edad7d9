# Mistake (in plugins/__init__.py): lists the plugins in __all__ but never imports
# them; `import plugins` alone does not load plugins.text, so getattr(plugins, "text")
# raises AttributeError.
"""A tiny plugin host: list the plugins, and run their functions by name."""

import plugins

USAGE = "usage: run <plugin>.<function> [text]"


def plugin_functions(module):
    """The public callables of a plugin module, sorted (dir() is already sorted)."""
    return [name for name in dir(module)
            if not name.startswith("_") and callable(getattr(module, name))]


def list_plugins():
    for name in plugins.__all__:
        module = getattr(plugins, name)
        print(f"{module.__name__}: {', '.join(plugin_functions(module))}")


def run(rest):
    target, _, text = rest.strip().partition(" ")
    plugin_name, dot, function_name = target.partition(".")
    if not dot or not plugin_name or not function_name:
        print(USAGE)
        return
    if plugin_name not in plugins.__all__:
        print(f"unknown plugin: {plugin_name}")
        return
    module = getattr(plugins, plugin_name)
    if function_name not in plugin_functions(module):
        print(f"unknown function: {target}")
        return
    function = getattr(module, function_name)
    print(function(text.strip()))


def main():
    while True:
        try:
            line = input()
        except EOFError:
            break
        if line.strip() == "":
            break
        command, _, rest = line.strip().partition(" ")
        if command == "list":
            list_plugins()
        elif command == "run":
            run(rest)
        else:
            print(f"unknown command: {command}")


if __name__ == "__main__":
    main()

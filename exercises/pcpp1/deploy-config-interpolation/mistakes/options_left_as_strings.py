# Mistake: reads every option with get(): configparser keeps values as
# strings, so port is '8080' and debug is 'no' (a non-empty string, hence
# true!). getint(), getboolean() and getfloat() convert them.
"""Deployment settings from INI files, with configparser interpolation."""
import configparser

STYLES = {
    "basic": configparser.BasicInterpolation,
    "extended": configparser.ExtendedInterpolation,
}


def make_parser(path, style="basic"):
    """A ConfigParser with the interpolation style, holding the file."""
    parser = configparser.ConfigParser(interpolation=STYLES[style]())
    with open(path, encoding="utf-8") as source:
        parser.read_file(source)
    return parser


def load_settings(path, style="basic"):
    """{section: {option: value}} with every reference resolved."""
    parser = make_parser(path, style)
    return {section: dict(parser[section]) for section in parser.sections()}


def server_options(path, style="basic"):
    """The [server] options with their types."""
    server = make_parser(path, style)["server"]
    return {
        "host": server.get("host", "localhost"),
        "port": server.get("port"),
        "workers": server.get("workers", 1),
        "debug": server.get("debug", False),
        "timeout": server.get("timeout", 30.0),
    }


def problems(path, style="basic"):
    """Every option whose value cannot be resolved, as readable messages."""
    parser = make_parser(path, style)
    found = []
    for section in parser.sections():
        for option in parser.options(section):
            try:
                parser.get(section, option)
            except configparser.InterpolationMissingOptionError as error:
                found.append(f"[{section}] {option}: unknown reference "
                             f"{error.reference}")
            except configparser.InterpolationDepthError:
                found.append(f"[{section}] {option}: references go round "
                             f"in a circle")
            except configparser.InterpolationSyntaxError:
                raw = parser.get(section, option, raw=True)
                found.append(f"[{section}] {option}: bad syntax in {raw!r}")
    return found

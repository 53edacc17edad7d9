"""Deployment settings from INI files, with configparser interpolation."""
import configparser


def load_settings(path, style="basic"):
    """{section: {option: value}} with every reference resolved."""
    # TODO: a ConfigParser with BasicInterpolation ("basic") or
    #       ExtendedInterpolation ("extended"), see README.md
    return {}


def server_options(path, style="basic"):
    """The [server] options with their types."""
    # TODO
    return {}


def problems(path, style="basic"):
    """Every option whose value cannot be resolved, as readable messages."""
    # TODO
    return []

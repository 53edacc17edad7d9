# Protect the sensor's data with properties. Read README.md for the rules.


class TemperatureSensor:
    def __init__(self, name, celsius=20.0, low=-40.0, high=125.0):
        # TODO: validate name, low and high; store them in private
        #       attributes; then set the temperature through the setter.
        self.celsius = celsius

    # TODO: a celsius property with a validating setter
    # TODO: read-only properties fahrenheit, max_seen, name, low, high

"""logtool: analyse access logs with pluggable reports."""

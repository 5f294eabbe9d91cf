"""Entry point of the benchmark bundle: ``first-paint bare|kiosk``, as benchmarks/first_paint.py."""

import sys

from benchmarks import first_paint

{"bare": first_paint.bare, "kiosk": first_paint.kiosk}[sys.argv[1]]()

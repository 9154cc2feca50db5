import sys

from chaperone.screening.cli import main

sys.exit(main())

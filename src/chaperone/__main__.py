import sys

from chaperone.cli import main

sys.exit(main())

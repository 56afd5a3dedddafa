"""``python -m khuyencong_extract`` is the same as the ``khuyencong-extract`` command."""

import sys

from khuyencong_extract.cli import main

sys.exit(main())

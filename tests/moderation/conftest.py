from tests.notifications.conftest import smtp  # noqa: F401, E402 - the local SMTP server
from tests.platform.conftest import *  # noqa: F403 - the shared cast and API client

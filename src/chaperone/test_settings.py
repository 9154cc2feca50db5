"""Settings for the test suite: the real settings, with a throwaway key and a fast hasher."""

import os

os.environ.setdefault("CHAPERONE_SECRET_KEY", "test-only-secret-key-not-for-any-deployment")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")  # a database of its own

from chaperone.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # argon2 costs 0.2 s a hash
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
EMAIL_HOST = os.environ.get("EMAIL_HOST", "127.0.0.1")
# Tests open and close connections freely (live servers, threads): none should outlive a test.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405

"""Production settings: deployment checks pass, and missing secrets stop the start."""

import os
import subprocess
import sys


def test_production_settings_pass_the_deployment_checks(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "a-long-random-secret-for-the-check-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "amity.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'check.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "amity.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "",
        "DJANGO_ALLOWED_HOSTS": "amity.example.org",
    }
    result = subprocess.run(
        [sys.executable, "-m", "amity.cli", "check"], env=env, capture_output=True, text=True
    )
    assert result.returncode != 0 and "DJANGO_SECRET_KEY" in result.stderr

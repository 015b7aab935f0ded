"""Settings shared by every environment. Configuration comes from the environment."""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("AMITY_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    # Amity, one app per part of the business
    "amity.core",
    "amity.geo",
    "amity.codelists",
    "amity.tenancy",
    "amity.history",
    "amity.registry",
    "amity.finance",
    "amity.aid",
    "amity.reports",
    "amity.mobilization",
    "amity.engagements",
    "amity.alerts",
    "amity.portal",
    "amity.iati",
    "amity.api",
    "amity.demo",
    # Wagtail: the back office
    "wagtail.users",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.contrib.simple_translation",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # API
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    # Two-factor sign-in
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Sign-in throttling: a lockout after repeated failures (tenancy.signins logs them).
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files from the app server itself, compressed and cached: no web server needed.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "amity.core.middleware.AmityLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A body larger than any upload Amity takes: 413 before it is read (core/request_size.py).
    "amity.core.request_size.RequestSizeMiddleware",
    # Two-factor sign-in (amity/tenancy/twofactor.py): whether the session gave its code,
    # then the back office and the API kept from a session that still owes one.
    "django_otp.middleware.OTPMiddleware",
    "amity.tenancy.twofactor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The Content Security Policy below, on every response.
    "csp.middleware.CSPMiddleware",
    # The API refuses a NUL character in a query or field (400), which PostgreSQL's text
    # cannot hold.
    "amity.api.middleware.RefuseNulMiddleware",
    # A write refused because the database is busy: 503 and "try again", not a 500.
    "amity.core.busy.DatabaseBusyMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its refusal page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def database_from_url(url: str) -> dict:
    config = dj_database_url.parse(url, conn_max_age=0)
    if config["ENGINE"] == "django.db.backends.sqlite3" and config["NAME"] != ":memory:":
        name = Path(config["NAME"])
        if not name.is_absolute():
            name = BASE_DIR / name
        name.parent.mkdir(parents=True, exist_ok=True)
        config["NAME"] = str(name)
        # WAL lets readers go on while one writer writes; IMMEDIATE avoids
        # "database is locked" upgrades from read to write inside a transaction.
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
    return config


DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///var/amity.sqlite3")
DATABASES = {"default": database_from_url(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out user name and address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Grants back-office access to anyone holding a union membership.
    "amity.tenancy.backends.MembershipBackend",
]

# After this many failed sign-ins for one user name from one address, that pair is
# locked out for a while, even with the right password.
AXES_FAILURE_LIMIT = int(os.environ.get("AMITY_SIGNIN_ATTEMPTS", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AMITY_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/locked_out.html"

# A session ends this many hours after signing in (a working day), and with the
# browser. Not renewed on every request: that would make every page a write, which on
# SQLite waits behind a long import's lock.
SESSION_COOKIE_AGE = int(os.environ.get("AMITY_SESSION_HOURS", "9")) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Languages: Vietnamese first (the default), then English and Chinese.
# The default language of pages and of `amity` commands' messages
# (`AMITY_LANGUAGE=en amity grant …` for an English-speaking operator).
LANGUAGE_CODE = os.environ.get("AMITY_LANGUAGE", "vi")
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
]
LOCALE_PATHS = [
    BASE_DIR / "amity" / "locale",
    # Wagtail admin strings that Wagtail's own vi/zh_Hans catalogs leave untranslated
    # (made by scripts/wagtail_gaps.py); Wagtail's translations win where they exist.
    BASE_DIR / "amity" / "locale_wagtail",
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("AMITY_STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("AMITY_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

LOGIN_URL = "wagtailadmin_login"

# Wagtail
WAGTAIL_SITE_NAME = "Amity"
WAGTAILADMIN_BASE_URL = os.environ.get("AMITY_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the back office asks nothing of another site (and the
# Content Security Policy would refuse it).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
# Uploads (amity/core/uploads.py checks each file's bytes against its name). Images:
# Wagtail's limits, also Pillow's own (core/apps.py); no SVG (it can carry script).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "amity.core.forms.DocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 2**20
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# REST API
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "amity.api.pagination.Pagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "amity.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Amity API",
    "DESCRIPTION": "Registry of foreign NGOs, certificates, unions and reference data.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["amity.api.schema.only_amity_api"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "amity.api.schema.document_errors",
    ],
    # One name for a choice set used by several fields.
    "ENUM_NAME_OVERRIDES": {"AidStatusEnum": "amity.aid.workflow.AidStatus"},
    # Swagger UI served from our own static files: no CDN needed.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Amity
# A certificate whose expiry is this many days away or fewer is "expiring".
AMITY_CERTIFICATE_EXPIRING_DAYS = int(os.environ.get("AMITY_CERTIFICATE_EXPIRING_DAYS", "90"))
# Decision 06/2020/QD-TTg: an international conference's report is due this many days
# after it ends, unless its record says otherwise.
AMITY_DECISION06_REPORT_DAYS = int(os.environ.get("AMITY_DECISION06_REPORT_DAYS", "15"))
# Alerts: a Decision 06 report due within this many days is listed; an aid item waiting
# in one workflow state longer than AMITY_STUCK_AFTER_DAYS is "stuck".
AMITY_ALERT_HORIZON_DAYS = int(os.environ.get("AMITY_ALERT_HORIZON_DAYS", "14"))
AMITY_STUCK_AFTER_DAYS = int(os.environ.get("AMITY_STUCK_AFTER_DAYS", "60"))
# Uploads: what a document, photo or archive may be, and how large (bytes as sent, and
# what a zip's members declare they unpack to); an IATI file may be larger.
AMITY_UPLOAD_EXTENSIONS = [
    *("csv", "doc", "docx", "gif", "jpeg", "jpg", "odp", "ods", "odt", "pdf", "png"),
    *("ppt", "pptx", "txt", "webp", "xls", "xlsx", "zip"),
]
AMITY_UPLOAD_MAX_BYTES = int(os.environ.get("AMITY_UPLOAD_MAX_BYTES", str(25 * 2**20)))
AMITY_UPLOAD_MAX_UNPACKED_BYTES = 200 * 2**20
AMITY_UPLOAD_MAX_RATIO = 100
AMITY_UPLOAD_MAX_MEMBERS = 10_000
AMITY_IATI_MAX_UPLOAD_BYTES = int(os.environ.get("AMITY_IATI_MAX_UPLOAD_BYTES", str(200 * 2**20)))
# No request body beyond the largest upload, with a mebibyte for the form's other fields.
AMITY_REQUEST_MAX_BYTES = int(
    os.environ.get(
        "AMITY_REQUEST_MAX_BYTES",
        str(max(AMITY_UPLOAD_MAX_BYTES, AMITY_IATI_MAX_UPLOAD_BYTES) + 2**20),
    )
)
# Text fields of records: at most this many characters in a multi-line text (a single
# line has its own max_length).
AMITY_TEXT_MAX_CHARS = 100_000

# Mail (the alerts digest): printed to the console unless a backend is configured.
EMAIL_BACKEND = os.environ.get(
    "AMITY_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("AMITY_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("AMITY_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("AMITY_FROM_EMAIL", "amity@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Content Security Policy (django-csp): scripts only from our own files, never inline,
# never from another site; nothing loaded from elsewhere; no framing by another site.
# Wagtail's inline panels and date pickers, which start from inline scripts, are
# started by amity/admin-init.js instead (amity/core/templates/wagtailadmin/). Inline
# styles stay allowed: Wagtail's admin sets some in its markup, and a style runs no code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Two-factor sign-in (amity/tenancy/twofactor.py): required of administrators and
# superusers; anyone may turn it on for themselves.
AMITY_TWO_FACTOR_REQUIRED = os.environ.get("AMITY_TWO_FACTOR_REQUIRED", "1") == "1"
OTP_TOTP_ISSUER = "Amity"

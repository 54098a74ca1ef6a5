import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labo.settings.dev")
application = get_wsgi_application()

# spaCy's model loads as the worker starts, not on someone's first contribution.
from experiences.personal_data import personal_data_warm  # noqa: E402

personal_data_warm()

"""Background updates of the Elasticsearch index after editorial changes."""

import logging

from django_tasks import task

from search.backends.elasticsearch import ENGINE_ERRORS, backend_from_settings

logger = logging.getLogger(__name__)


@task()
def index_page_task(page_id):
    """Indexes the page if it is live and public, else takes it out of the index."""
    _update("sync_pages", [page_id])


@task()
def index_pages_task(page_ids):
    """The same for many pages at once (a moved or restricted section)."""
    _update("sync_pages", page_ids)


@task()
def remove_page_task(page_id):
    """Takes a deleted page out of the index."""
    _update("remove_pages", [page_id])


def _update(method, page_ids):
    backend = backend_from_settings()
    if backend is None:
        return
    try:
        getattr(backend, method)(page_ids)
    except ENGINE_ERRORS as error:
        # The editor's change is already saved and must stay so: a missed index
        # update is found and fixed later by `search_index check --repair`.
        logger.warning(
            "Search index not updated for pages %s (%s): %s",
            page_ids,
            method,
            error,
        )

import pytest
from django_tasks.signals import task_enqueued

from search.signals import (
    connect_elasticsearch_signals,
    disconnect_elasticsearch_signals,
)

# Port 9 (discard) has no listener here: connections are refused at once.
CLOSED_PORT_URL = "http://127.0.0.1:9"
TEST_INDEX = "labo-test-offline"


@pytest.fixture
def enqueued():
    """Search tasks enqueued during the test, as (task name, first argument)."""
    calls = []

    def record(sender, task_result, **kwargs):
        if task_result.task.module_path.startswith("search.tasks."):
            calls.append((task_result.task.name, task_result.args[0]))

    task_enqueued.connect(record)
    yield calls
    task_enqueued.disconnect(record)


@pytest.fixture
def elasticsearch_signals(settings):
    """Index updates connected, to a server that cannot be reached."""
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    settings.LABO_SEARCH_INDEX = TEST_INDEX
    assert connect_elasticsearch_signals()
    yield
    disconnect_elasticsearch_signals()

"""The load of `bench/load.py`, run by it in a process of its own (locust patches the
standard library for gevent when imported, so nothing else runs beside it):

    .venv/bin/python bench/load_users.py PLAN.json RESULT.json

PLAN.json (written by load.py) names the server, the pages, the API tokens and aid
items, the number of users of each kind and the phases' lengths. Two phases, each with
its own locust environment, users started at once and stopped after a warm-up plus the
measured duration, every user sending its next request as soon as the last one has
answered:

- baseline: every user fetches the static file (whole, byte for byte);
- mixed: portal readers (home page, a news article, search with and without Vietnamese
  diacritics, an aid dashboard: a 200 with the page's title in it), API clients (token
  auth: aid items listed, one item, its totals, the union's totals for a year: a 200
  with the expected JSON) and staff saving aid items (token auth: the item read for
  its `version`, then its title changed by PATCH with that version: a 200 with the new
  title, or a 409 that names who changed it since, when another staff user saved it
  first; the only refusal that counts as an answer).

Any other answer (a 5xx, another 4xx, a connection error, a missing title) is an
error. Writes RESULT.json: per phase and per request name, the count, errors, and every
latency of a request that ended within the measured window.
"""

import json
import random
import sys
import time
from collections import Counter

import gevent
from locust import FastHttpUser, constant, task
from locust.env import Environment

TIMEOUT = 30.0  # seconds for one request
MAX_ERRORS_KEPT = 20


class Recorder:
    """Every request of a phase: (name, seconds, ended at) of the answered ones; the
    errors (all of them, counted, the first few kept in full); the refusals."""

    def __init__(self) -> None:
        self.samples: list[tuple[str, float, float]] = []
        self.requests: Counter = Counter()
        self.errors: Counter = Counter()
        self.refused: Counter = Counter()
        self.kept: list[str] = []
        self.refusals_kept: list[str] = []

    def on_request(self, request_type, name, response_time, exception=None, **_kwargs):
        self.requests[name] += 1
        if exception is not None:
            self.errors[name] += 1
            if len(self.kept) < MAX_ERRORS_KEPT:
                self.kept.append(f"{request_type} {name}: {exception}")
            return
        self.samples.append((name, response_time / 1000, time.time()))

    def refusal(self, name: str, message: str) -> None:
        self.refused[name] += 1
        if len(self.refusals_kept) < 5:
            self.refusals_kept.append(f"{name}: {message}")


RECORDER = Recorder()
PLAN: dict = {}


def fail(response, why: str) -> None:
    body = response.text[:300] if response.text else ""
    response.failure(f"{response.status_code} {why}: {body!r}")


def get_page(user, name: str, path: str, needle: str) -> None:
    with user.client.get(path, name=name, catch_response=True) as response:
        if response.status_code != 200:
            fail(response, f"for {path}")
        elif needle.encode() not in (response.content or b""):
            fail(response, f"without {needle!r} in {path}")


def get_json(user, name: str, path: str, check) -> dict | None:
    with user.client.get(
        path, name=name, headers=user.auth, catch_response=True
    ) as response:  # fmt: skip
        if response.status_code != 200:
            fail(response, f"for {path}")
            return None
        try:
            data = response.json()
        except ValueError:
            fail(response, f"not JSON from {path}")
            return None
        if not check(data):
            fail(response, f"unexpected JSON from {path}")
            return None
        return data


class StaticReader(FastHttpUser):
    """The baseline: the static file, as fast as the server sends it."""

    wait_time = constant(0)
    network_timeout = connection_timeout = TIMEOUT

    @task
    def static(self):
        path, size = PLAN["static"]["path"], PLAN["static"]["bytes"]
        with self.client.get(path, name="static: file", catch_response=True) as response:
            if response.status_code != 200 or len(response.content or b"") != size:
                fail(response, f"not the {size:,} bytes of {path}")


class PortalReader(FastHttpUser):
    wait_time = constant(0)
    network_timeout = connection_timeout = TIMEOUT

    @task(3)
    def home(self):
        get_page(self, "reader: home", *random.choice(PLAN["pages"]["home"]))

    @task(4)
    def article(self):
        get_page(self, "reader: article", *random.choice(PLAN["pages"]["articles"]))

    @task(2)
    def search(self):
        get_page(self, "reader: search", *random.choice(PLAN["pages"]["search"]))

    @task(2)
    def search_folded(self):
        get_page(self, "reader: search without diacritics", *random.choice(PLAN["pages"]["folded"]))

    @task(2)
    def dashboard(self):
        get_page(self, "reader: aid dashboard", *random.choice(PLAN["pages"]["dashboards"]))


class ApiClient(FastHttpUser):
    wait_time = constant(0)
    network_timeout = connection_timeout = TIMEOUT

    def on_start(self):
        self.me = PLAN["api"][next(API_TURN) % len(PLAN["api"])]
        self.auth = {"Authorization": f"Token {self.me['token']}"}

    @task(2)
    def aid_items(self):
        get_json(
            self,
            "api: aid items",
            f"/api/v1/aid-items/?union={self.me['union']}",
            lambda data: data.get("results") and "id" in data["results"][0],
        )

    @task(3)
    def aid_item(self):
        pk = random.choice(self.me["items"])
        get_json(
            self, "api: aid item", f"/api/v1/aid-items/{pk}/", lambda data: data.get("id") == pk
        )

    @task(2)
    def item_totals(self):
        pk = random.choice(self.me["items"])
        get_json(
            self,
            "api: aid item totals",
            f"/api/v1/aid-items/{pk}/totals/?in=USD",
            lambda data: "vnd" in data and "in" in data,
        )

    @task(1)
    def totals(self):
        get_json(
            self,
            "api: transaction totals",
            f"/api/v1/transactions/totals/?union={self.me['union']}&year={PLAN['year']}"
            "&type=commitment&in=USD",
            lambda data: "vnd" in data,
        )


class StaffWriter(FastHttpUser):
    """Opens an aid item of the union and saves it with a new title and the version it
    read: saved, or refused (409, naming who) when someone saved it in between."""

    wait_time = constant(0)
    network_timeout = connection_timeout = TIMEOUT
    MARK = " ·"

    def on_start(self):
        self.me = PLAN["staff"][next(STAFF_TURN) % len(PLAN["staff"])]
        self.auth = {"Authorization": f"Token {self.me['token']}"}

    @task
    def save_item(self):
        pk = random.choice(self.me["items"])
        path = f"/api/v1/aid-items/{pk}/"
        item = get_json(
            self, "staff: open aid item", path, lambda data: isinstance(data.get("version"), int)
        )
        if item is None:
            return
        title = item["title"]
        title = title[: -len(self.MARK)] if title.endswith(self.MARK) else title + self.MARK
        body = {"title": title, "version": item["version"]}
        with self.client.patch(
            path, json=body, name="staff: save aid item", headers=self.auth, catch_response=True
        ) as response:
            if response.status_code == 200:
                if (response.json() or {}).get("title") != title:
                    fail(response, f"saved without the new title in {path}")
            elif response.status_code == 409:
                message = refusal_message(response)
                if message:
                    response.success()
                    RECORDER.refusal("staff: save aid item", message)
                else:
                    fail(response, f"refused without a message for {path}")
            else:
                fail(response, f"for PATCH {path}")


def refusal_message(response) -> str:
    try:
        messages = response.json().get("non_field_errors") or []
    except (ValueError, AttributeError):
        return ""
    return messages[0] if messages and isinstance(messages[0], str) else ""


def turns():
    n = 0
    while True:
        yield n
        n += 1


API_TURN, STAFF_TURN = turns(), turns()


def run_phase(name: str, user_classes: dict, warmup: float, duration: float) -> dict:
    global RECORDER
    RECORDER = Recorder()
    for cls, count in user_classes.items():
        cls.fixed_count = count
    classes = [cls for cls, count in user_classes.items() if count]
    # Its own events; stopped, each user ends its request (a connection left half-used
    # would hold one of gunicorn's sync workers until its timeout).
    env = Environment(user_classes=classes, host=PLAN["base_url"], stop_timeout=TIMEOUT)
    env.events.request.add_listener(RECORDER.on_request)
    runner = env.create_local_runner()
    users = sum(user_classes.values())
    began = time.time()
    runner.start(users, spawn_rate=users)
    gevent.sleep(warmup)
    measure_from = time.time()
    gevent.sleep(duration)
    until = time.time()
    runner.quit()
    runner.greenlet.join()
    latencies: dict[str, list[float]] = {}
    for request, seconds, ended in RECORDER.samples:
        if measure_from <= ended <= until:
            latencies.setdefault(request, []).append(seconds)
    return {
        "phase": name,
        "users": {cls.__name__: count for cls, count in user_classes.items()},
        "warmup": measure_from - began,
        "duration": until - measure_from,
        "requests": dict(RECORDER.requests),
        "errors": dict(RECORDER.errors),
        "error_examples": RECORDER.kept,
        "refused": dict(RECORDER.refused),
        "refusal_examples": RECORDER.refusals_kept,
        "latencies": latencies,
    }


def main(plan_path: str, result_path: str) -> None:
    PLAN.update(json.loads(open(plan_path, encoding="utf-8").read()))  # noqa: SIM115
    users = PLAN["users"]
    phases = [
        run_phase(
            "baseline",
            {StaticReader: sum(users.values())},
            PLAN["warmup"],
            PLAN["duration"],
        ),
        run_phase(
            "mixed",
            {
                PortalReader: users["readers"],
                ApiClient: users["api"],
                StaffWriter: users["staff"],
            },
            PLAN["warmup"],
            PLAN["duration"],
        ),
    ]
    with open(result_path, "w", encoding="utf-8") as out:
        json.dump(phases, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

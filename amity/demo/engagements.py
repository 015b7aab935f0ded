"""Loading the demo engagements and partnerships (`engagements_data.py`) through the
services, as the system (`actor=None`).

Safe to run again: a partnership is found by union, country and title, an engagement by
union, kind and title, a participant by all its values, a follow-up request by its
title; a record whose stored values are already the data's is not saved again, so a
second run on the same day changes nothing (the international conference's dates move
with the day the demo is loaded)."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Page

from amity.engagements import services
from amity.engagements.models import Engagement, Partnership
from amity.geo.models import AdministrativeUnit
from amity.registry.models import Organization

from . import aid_data, engagements_data, portal_data

ORIGINAL = portal_data.LANGUAGES[0]


@dataclass
class EngagementsDemoResult:
    partnerships: int = 0
    engagements: int = 0
    participants: int = 0
    follow_ups: int = 0


def _day(value, today: datetime.date) -> datetime.date | None:
    """An ISO day, or a number of days from `today`."""
    if value is None:
        return None
    if isinstance(value, int):
        return today + datetime.timedelta(days=value)
    return datetime.date.fromisoformat(value)


def engagements_demo_load(
    *, unions: dict, organizations: dict, today: datetime.date | None = None
) -> EngagementsDemoResult:
    """Load the partnerships, then the engagements with their participants, follow-up
    requests and news articles. `organizations` maps (NGO key, union slug) to the demo's
    organizations (as built by `demo_load`); `unions` maps slugs to unions. Runs inside
    `demo_load`'s transaction, after the aid portfolio and the portal."""
    today = today or timezone.localdate()
    result = EngagementsDemoResult()
    partnerships = {}
    for spec in engagements_data.PARTNERSHIPS:
        partnerships[spec["key"]] = _partnership(spec, unions[spec["union"]])
        result.partnerships += 1
    loader = _Loader(unions, organizations, partnerships, today)
    for spec in engagements_data.ENGAGEMENTS:
        loader.load(spec)
        result.engagements += 1
        result.participants += len(spec["participants"])
        result.follow_ups += len(spec["follow_ups"])
    return result


def _partnership(spec: dict, union) -> Partnership:
    values = {
        "title_vi": spec["title_vi"],
        "title_en": spec["title_en"],
        "title_zh_hans": spec["title_zh_hans"],
        "type": spec["type"],
        "signed_date": datetime.date.fromisoformat(spec["signed_date"]),
        "notes": spec["notes"],
    }
    stored = Partnership.objects.filter(
        union=union, country_id=spec["country"], title=spec["title"]
    ).first()
    if stored is not None and all(getattr(stored, k) == v for k, v in values.items()):
        return stored
    partnership = stored or Partnership(
        union=union, country_id=spec["country"], title=spec["title"]
    )
    for name, value in values.items():
        setattr(partnership, name, value)
    return services.partnership_save(actor=None, partnership=partnership)


class _Loader:
    """Looks up what the engagements refer to, then loads them one by one."""

    def __init__(self, unions, organizations, partnerships, today):
        self.unions = unions
        self.today = today
        self.partnerships = partnerships
        self.organizations = dict(organizations)
        for spec in aid_data.ORGANIZATIONS:
            org = Organization.objects.filter(
                union=unions[spec["union"]], name=spec["name"]
            ).first()
            if org is not None:
                self.organizations[(spec["key"], spec["union"])] = org
        slugs = {
            article["key"]: article["text"][ORIGINAL]["slug"] for article in portal_data.ARTICLES
        }
        self.articles = {
            key: Page.objects.filter(slug=slug, locale__language_code=ORIGINAL).first()
            for key, slug in slugs.items()
        }

    def _unit(self, place) -> AdministrativeUnit | None:
        if place is None:
            return None
        structure, code = place
        # Structure and code exactly: a unit is always both (`2025:75`, `pre2025:15`).
        return AdministrativeUnit.objects.get(structure=structure, code=code)

    def load(self, spec: dict) -> Engagement:
        union = self.unions[spec["union"]]
        approval = spec["approval"] or {}
        values = {
            "title_vi": spec["title_vi"],
            "title_en": spec["title_en"],
            "title_zh_hans": spec["title_zh_hans"],
            "start_date": _day(spec["start"], self.today),
            "end_date": _day(spec["end"], self.today),
            "place_unit_id": getattr(self._unit(spec["place"]), "pk", None),
            "place_country_id": spec["country"],
            "venue": spec["venue"],
            "partnership_id": self.partnerships[spec["partnership"]].pk
            if spec["partnership"]
            else None,
            "is_international": bool(approval),
            "approving_authority": approval.get("approving_authority", ""),
            "decision_number": approval.get("decision_number", ""),
            "decision_date": _day(approval.get("decision_date"), self.today),
            "topic": spec["topic"],
            "attendees_count": spec["attendees_count"],
            "materials": spec["materials"],
            "outcomes": spec["outcomes"],
        }
        stored = (
            Engagement.objects.filter(union=union, kind=spec["kind"], title=spec["title"])
            .prefetch_related("participants", "follow_ups", "articles")
            .first()
        )
        participants = self._participants(spec, stored)
        follow_ups = self._follow_ups(spec, stored)
        article = self.articles.get(spec["article"]) if spec["article"] else None
        articles = [article] if article is not None else []
        if stored is not None and self._unchanged(
            stored, values, participants, follow_ups, articles
        ):
            return stored
        engagement = stored or Engagement(union=union, kind=spec["kind"], title=spec["title"])
        for name, value in values.items():
            setattr(engagement, name, value)
        if approval:
            # Due AMITY_DECISION06_REPORT_DAYS after the end: worked out again by the service.
            engagement.report_due = None
        return services.engagement_save(
            actor=None,
            engagement=engagement,
            participants=participants,
            follow_ups=follow_ups,
            articles=articles,
        )

    def _participants(self, spec: dict, stored) -> list[dict]:
        rows = []
        for row in spec["participants"]:
            organization = (
                self.organizations[(row["org"], spec["union"])] if row.get("org") else None
            )
            rows.append(
                {
                    "side": row["side"],
                    "name": row.get("name", ""),
                    "position": row.get("position", ""),
                    "organization": organization,
                    "organization_name": row.get("organization_name", ""),
                }
            )
        existing = list(stored.participants.all()) if stored is not None else []
        for row in rows:
            match = next(
                (p for p in existing if all(getattr(p, k) == v for k, v in row.items())), None
            )
            if match is not None:
                existing.remove(match)
            row["id"] = match.pk if match is not None else None
        return rows

    def _follow_ups(self, spec: dict, stored) -> list[dict]:
        existing = {t.title: t.pk for t in stored.follow_ups.all()} if stored is not None else {}
        return [
            {
                "id": existing.get(task["title"]),
                "title": task["title"],
                "owner": task["owner"],
                "due_date": _day(task["due"], self.today),
                "status": task["status"],
            }
            for task in spec["follow_ups"]
        ]

    @staticmethod
    def _unchanged(stored, values, participants, follow_ups, articles) -> bool:
        if any(getattr(stored, name) != value for name, value in values.items()):
            return False
        if {a.pk for a in stored.articles.all()} != {a.pk for a in articles}:
            return False
        if len(stored.participants.all()) != len(participants) or any(
            row["id"] is None for row in participants
        ):
            return False
        tasks = {t.pk: t for t in stored.follow_ups.all()}
        return len(tasks) == len(follow_ups) and all(
            row["id"] in tasks
            and all(getattr(tasks[row["id"]], k) == row[k] for k in services.FOLLOW_UP_FIELDS)
            for row in follow_ups
        )

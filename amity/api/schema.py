def only_amity_api(endpoints, **kwargs):
    """Keep Wagtail's internal admin API out of Amity's published schema."""
    return [e for e in endpoints if e[0].startswith("/api/")]

"""Benchmark: the portal's article page served by gunicorn under concurrent load, against
a static file (Wagtail's CSS or JS, served by WhiteNoise) from the same server in the
same run.

    .venv/bin/python bench/portal_load.py [--duration 10] [--warmup 1.5] [--concurrency 8]
                                          [--workers 2] [--threads 1] [--articles 30]
    .venv/bin/python bench/portal_load.py --quick    # 2 s per target, 0.5 s warm-up
    .venv/bin/python bench/portal_load.py --json PATH   # also the figures, for make bench

Everything lives in a temporary folder, removed at the end: its own SQLite database,
static root and media root, with the production settings (`config.settings.production`;
HTTPS redirection off, `AMITY_SSL_REDIRECT=0`, since there is no proxy in front). The
benchmark runs `amity migrate` and `amity collectstatic`, builds a small portal (a home
page as the default site's root, one news category, `--articles` Vietnamese articles of
a few KB sharing tags, so related news has work to do) and starts
`gunicorn config.wsgi:application` on a free port of 127.0.0.1.

A second process then sends HTTP/1.1 GET requests from `--concurrency` threads, each on
its own keep-alive connection (opened again whenever the server closes it: gunicorn's
sync workers, `--threads 1`, close every connection), first to the static file, then to
one article, each for a warm-up and then `--duration` seconds. Every response must be a
200 with the whole file, or the article's title in the page: anything else is a failure.

Prints, per target, the requests per second, the mean and 95th percentile latency and
the failures, then the ratio article/static (1.0 = the article page is served as fast as
a static file). Exits with status 1 if any request failed.
"""

import argparse
import html
import http.client
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from results import figure, write_json  # noqa: E402 (bench/ is the script's folder)
from server import (  # noqa: E402
    HOST,
    add_arguments,
    amity,
    environment,
    serve,
    static_file,
    stop,
)

# The portal ------------------------------------------------------------------------

TITLES = [
    "Kết quả công tác vận động viện trợ phi chính phủ nước ngoài năm {year} tại {place}",
    "Hội nghị xúc tiến viện trợ phi chính phủ nước ngoài tổ chức tại {place}",
    "Tập huấn triển khai Nghị định 58 về quản lý viện trợ cho cán bộ {place}",
    "Đoàn công tác Liên hiệp các tổ chức hữu nghị làm việc với {place}",
    "Bàn giao điểm trường do tổ chức {donor} tài trợ tại {place}",
    "Ký kết thỏa thuận hợp tác giữa {place} và tổ chức {donor}",
    "Tổng kết dự án nước sạch và vệ sinh môi trường do {donor} tài trợ tại {place}",
    "Giao lưu hữu nghị nhân dân Việt Nam và bạn bè quốc tế tại {place}",
    "Khám bệnh, cấp thuốc miễn phí cho người dân {place} năm {year}",
    "Trao học bổng cho học sinh nghèo vượt khó tại {place} với sự hỗ trợ của {donor}",
]
PLACES = [
    "Đồng Nai", "Yên Bái", "Quảng Trị", "Thừa Thiên Huế", "Lào Cai", "Hà Giang", "Cần Thơ",
    "Nghệ An", "Quảng Nam", "Bến Tre", "Điện Biên", "Sơn La", "Kon Tum", "An Giang",
]  # fmt: skip
DONORS = ["Oxfam", "Plan International", "World Vision", "CARE", "Caritas Đức", "KOICA"]
TAGS = [
    "viện trợ", "PCPNN", "hữu nghị", "y tế", "giáo dục", "nước sạch",
    "Nghị định 58", "biến đổi khí hậu", "trẻ em", "sinh kế",
]  # fmt: skip
AUTHORS = ["Ban Thông tin", "Minh Anh", "Thu Hà", "Quốc Huy", "PV DUFO"]
SENTENCES = [
    "Năm qua, công tác vận động viện trợ phi chính phủ nước ngoài trên địa bàn tiếp tục "
    "được triển khai đồng bộ, bám sát định hướng của Ủy ban nhân dân tỉnh.",
    "Toàn tỉnh đã tiếp nhận và phê duyệt 47 chương trình, dự án và khoản viện trợ phi dự án "
    "với tổng giá trị cam kết hơn 4,4 triệu đô la Mỹ.",
    "Các khoản viện trợ tập trung vào những lĩnh vực thiết yếu như y tế, giáo dục, nước "
    "sạch, sinh kế và ứng phó với biến đổi khí hậu.",
    "Đại diện tổ chức tài trợ đánh giá cao sự phối hợp chặt chẽ của chính quyền địa phương "
    "trong quá trình khảo sát, triển khai và giám sát dự án.",
    "Nhiều công trình đã được bàn giao đưa vào sử dụng, góp phần cải thiện điều kiện sống "
    "của người dân vùng sâu, vùng xa và đồng bào dân tộc thiểu số.",
    "Bên cạnh những kết quả đạt được, công tác vận động viện trợ vẫn còn một số khó khăn "
    "do nguồn viện trợ có xu hướng giảm và yêu cầu của nhà tài trợ ngày càng cao.",
    "Liên hiệp các tổ chức hữu nghị tỉnh đề nghị các sở, ngành và địa phương chủ động xây "
    "dựng danh mục dự án kêu gọi viện trợ sát với nhu cầu thực tế.",
    "Các đại biểu đã trao đổi kinh nghiệm trong việc tiếp nhận, quản lý và sử dụng khoản "
    "viện trợ theo quy định của Nghị định 58/2022/NĐ-CP.",
    "Dự án đã hỗ trợ xây dựng 12 công trình cấp nước sinh hoạt, mang lại nguồn nước sạch "
    "cho hơn 3.000 hộ gia đình tại các xã đặc biệt khó khăn.",
    "Chương trình học bổng năm nay dành cho 250 học sinh có hoàn cảnh khó khăn nhưng có "
    "thành tích học tập tốt, mỗi suất trị giá 2 triệu đồng.",
    "Đoàn công tác đã đi thăm một số mô hình sinh kế bền vững do tổ chức tài trợ, trong đó "
    "có mô hình trồng rau an toàn và chăn nuôi bò sinh sản.",
    "Phát biểu tại buổi làm việc, Phó Chủ tịch Ủy ban nhân dân tỉnh cảm ơn sự đồng hành "
    "của các tổ chức phi chính phủ nước ngoài trong nhiều năm qua.",
    "Trong khuôn khổ chương trình, các y, bác sĩ đã khám bệnh, tư vấn sức khỏe và cấp "
    "thuốc miễn phí cho gần 1.500 lượt người dân.",
    "Hội nghị cũng đã thống nhất kế hoạch phối hợp giai đoạn tiếp theo, chú trọng nâng cao "
    "năng lực cho cán bộ làm công tác đối ngoại nhân dân ở cơ sở.",
    "Các bên cam kết tăng cường chia sẻ thông tin, bảo đảm khoản viện trợ được sử dụng đúng "
    "mục đích, hiệu quả, công khai và minh bạch.",
    "Theo báo cáo, tỷ lệ giải ngân của các dự án đạt trên 85% kế hoạch, cao hơn cùng kỳ năm trước.",
]
HEADINGS = ["Kết quả nổi bật", "Khó khăn, hạn chế", "Phương hướng thời gian tới"]


def article_body(rng: random.Random) -> str:
    """A few KB of rich text: paragraphs, two subheadings, a list and a quotation."""

    def paragraph() -> str:
        return "<p>" + " ".join(rng.sample(SENTENCES, rng.randint(3, 5))) + "</p>"

    parts = [paragraph() for _ in range(2)]
    for heading in rng.sample(HEADINGS, 2):
        parts.append(f"<h2>{heading}</h2>")
        parts += [paragraph() for _ in range(rng.randint(2, 3))]
    parts.append("<ul>" + "".join(f"<li>{s}</li>" for s in rng.sample(SENTENCES, 3)) + "</ul>")
    parts.append(f"<blockquote>{rng.choice(SENTENCES)}</blockquote>")
    return "".join(parts)


def build_portal(env: dict[str, str], n_articles: int, seed: int = 7) -> dict:
    """In its own process, against the benchmark's database: the home page, a category
    and the articles, all published; returns the article to load, checked once through
    Django's test client (the page, its size and its number of SQL queries)."""
    import datetime

    os.environ.update(env)
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Page, Site

    from amity.core.text import fold
    from amity.portal.models import ArticlePage, HomePage, NewsIndexPage

    rng = random.Random(seed)
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Liên hiệp hữu nghị", slug="trang-chu"))
    home.save_revision().publish()
    Site.objects.update(root_page=home, is_default_site=True, hostname=HOST)
    news = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    news.save_revision().publish()

    first_day = datetime.datetime(2024, 1, 8, 9, 0, tzinfo=timezone.get_current_timezone())
    articles = []
    for i in range(n_articles):
        title = TITLES[i % len(TITLES)].format(
            year=2020 + i % 6, place=PLACES[i % len(PLACES)], donor=DONORS[i % len(DONORS)]
        )
        page = news.add_child(
            instance=ArticlePage(
                title=title,
                slug=f"{slugify(fold(title))[:60].rstrip('-')}-{i + 1}",
                lead=" ".join(rng.sample(SENTENCES, 2)),
                body=article_body(rng),
                author=rng.choice(AUTHORS),
                published_at=first_day + datetime.timedelta(days=11 * i, hours=i % 7),
            )
        )
        page.tags.add(*rng.sample(TAGS, rng.randint(2, 4)))
        page.save_revision().publish()
        articles.append(page)

    # The article in the middle: newer and older articles share its tags.
    article = articles[len(articles) // 2]
    path = f"/vi/{news.slug}/{article.slug}/"
    client = Client(HTTP_HOST=HOST)
    client.get(path)  # the first request fills what later ones find cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    needle = f"<h1>{html.escape(article.title)}</h1>"
    assert response.status_code == 200, (path, response.status_code)
    assert needle in response.content.decode(), path
    return {
        "path": path,
        "needle": needle,
        "bytes": len(response.content),
        "queries": len(queries),
        "articles": ArticlePage.objects.live().count(),
        "tags": len(article.tags.all()),
        "related": len(article.related()),
    }


# The load --------------------------------------------------------------------------


def drive(
    port: int,
    path: str,
    concurrency: int,
    warmup: float,
    duration: float,
    length: int | None = None,
    needle: str | None = None,
) -> dict:
    """In its own process: `concurrency` threads sending GET `path` back to back, each
    on its own keep-alive connection, for `warmup` then `duration` seconds. A response
    counts if it is a 200 with `length` bytes or with `needle` in it; latencies are of
    the counted responses that finished during `duration`."""
    expected = needle.encode() if needle else None
    began = time.perf_counter()
    measure_from = began + warmup
    until = measure_from + duration
    lock = threading.Lock()
    latencies: list[float] = []
    totals = {"requests": 0, "failures": 0, "closed": 0}
    errors: list[str] = []

    def client() -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        mine, requests, failures, closed = [], 0, 0, 0
        while (start := time.perf_counter()) < until:
            ok = False
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                body = response.read()
                closed += response.will_close  # http.client reconnects on the next request
                ok = response.status == 200 and (
                    (length is None or len(body) == length)
                    and (expected is None or expected in body)
                )
                if not ok and len(errors) < 5:
                    errors.append(f"{response.status}, {len(body)} bytes")
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                if len(errors) < 5:
                    errors.append(repr(error))
            end = time.perf_counter()
            requests += 1
            failures += not ok
            if ok and measure_from <= end <= until:
                mine.append(end - start)
        conn.close()
        with lock:
            latencies.extend(mine)
            totals["requests"] += requests
            totals["failures"] += failures
            totals["closed"] += closed

    cpu = time.process_time()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    latencies.sort()
    return {
        **totals,
        "rate": len(latencies) / duration,
        "mean": statistics.fmean(latencies) if latencies else float("nan"),
        "p95": latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan"),
        "client_cpu": (time.process_time() - cpu) / wall,
        "errors": errors,
    }


# The run ---------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    folder = Path(tempfile.mkdtemp(prefix="amity-bench-"))
    env = environment(folder)
    server = None
    spawn = multiprocessing.get_context("spawn")  # no Django, no threads inherited
    try:
        began = time.perf_counter()
        amity(env, "migrate", "--no-input")
        amity(env, "collectstatic", "--no-input")
        with ProcessPoolExecutor(1, mp_context=spawn) as pool:
            article = pool.submit(build_portal, env, args.articles).result()
        static_path, static_size = static_file(folder / "static")
        print(
            f"set up in {time.perf_counter() - began:.1f} s: {article['articles']} articles "
            f"in {folder}/bench.sqlite3"
        )
        print(f"static  {static_path} ({static_size:,} bytes)")
        print(
            f"article {article['path']} ({article['bytes']:,} bytes, "
            f"{article['queries']} SQL queries, {article['tags']} tags, "
            f"{article['related']} related)"
        )

        server, port, log = serve(env, folder, args.workers, args.threads, static_path)
        print(
            f"gunicorn on {HOST}:{port}, {args.workers} workers × {args.threads} threads; "
            f"{args.concurrency} clients, {args.warmup:g} s warm-up + {args.duration:g} s each"
        )

        targets = {
            "static": {"path": static_path, "length": static_size},
            "article": {"path": article["path"], "needle": article["needle"]},
        }
        results = {}
        with ProcessPoolExecutor(1, mp_context=spawn) as pool:
            for name, target in targets.items():
                load = {"concurrency": args.concurrency, "warmup": args.warmup, **target}
                results[name] = pool.submit(drive, port, duration=args.duration, **load).result()

        print(
            f"\n{'':<8} {'req/s':>9} {'mean ms':>9} {'p95 ms':>9} {'requests':>9} "
            f"{'failed':>7} {'closed':>7} {'client CPU':>11}"
        )
        for name, r in results.items():
            print(
                f"{name:<8} {r['rate']:9.1f} {r['mean'] * 1000:9.2f} {r['p95'] * 1000:9.2f} "
                f"{r['requests']:9,} {r['failures']:7,} {r['closed']:7,} "
                f"{r['client_cpu']:10.0%}"
            )
            for error in r["errors"]:
                print(f"  {name} failure: {error}")
        ratio = results["article"]["rate"] / (results["static"]["rate"] or float("nan"))
        print(f"\narticle/static throughput ratio {ratio:.3f} (1.0 = as fast as a static file)")
        failed = sum(r["failures"] for r in results.values())
        if failed:
            print(f"{failed:,} requests failed")
        static, page = results["static"], results["article"]
        write_json(
            args.json,
            "portal_load",
            [
                figure("article page throughput", page["rate"], "req/s", "static file",
                       static["rate"]),
                figure("article page mean latency", page["mean"] * 1000, "ms",
                       "static file", static["mean"] * 1000),
                figure("article page p95 latency", page["p95"] * 1000, "ms",
                       "static file", static["p95"] * 1000),
            ],
            database="sqlite",
            settings=(
                f"gunicorn {args.workers} workers × {args.threads} threads, "
                f"{args.concurrency} clients, {args.duration:g} s per target"
            ),
            failed=failed,
        )  # fmt: skip
        return 1 if failed else 0
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per target")
    parser.add_argument("--warmup", type=float, default=1.5, help="seconds before measuring")
    parser.add_argument("--concurrency", type=int, default=8, help="client connections")
    add_arguments(parser)
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument(
        "--quick", action="store_true", help="2 s per target after 0.5 s (a smoke test)"
    )
    parser.add_argument("--json", metavar="PATH", help="also write the figures there (make bench)")
    args = parser.parse_args()
    if args.quick:
        args.duration, args.warmup = 2.0, 0.5
    sys.exit(run(args))

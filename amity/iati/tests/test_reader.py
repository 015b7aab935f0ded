"""The IATI file reader: the activities it yields, and its refusal of broken and hostile
files."""

import gzip
import io
import time
from pathlib import Path

import pytest
from django.template.defaultfilters import filesizeformat

from amity.iati.reader import (
    FileCheck,
    IatiFileError,
    Limits,
    check_file,
    read_activities,
)

# Lines matter: tests check the line each activity and each fault is reported on.
SMALL = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" xml:lang="fr">
  <iati-activity xml:lang="EN">
    <iati-identifier>XM-1</iati-identifier>
    <title><narrative>Clean water</narrative></title>
  </iati-activity>
  <iati-activity xml:lang="EN">
    <iati-identifier>XM-1</iati-identifier>
    <title><narrative>Clean water</narrative></title>
  </iati-activity>
  <iati-activity>
    <iati-identifier>XM-2</iati-identifier>
    <title><narrative>Clean water, phase two</narrative></title>
  </iati-activity>
</iati-activities>
"""


def write(directory: Path, name: str, content: str | bytes) -> Path:
    path = directory / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def summary(source) -> list[tuple]:
    return [
        (
            raw.line,
            raw.index,
            raw.element.findtext("iati-identifier"),
            raw.version,
            raw.default_language,
            raw.digest,
        )
        for raw in read_activities(source)
    ]


def test_check_file_counts_activities_and_reads_version(tmp_path):
    path = write(tmp_path, "small.xml", SMALL)

    assert check_file(path) == FileCheck(activities=3, version="2.03", root="iati-activities")


def test_read_activities_yields_each_in_file_order(tmp_path):
    path = write(tmp_path, "small.xml", SMALL)

    activities = summary(path)

    assert [row[:5] for row in activities] == [
        (3, 0, "XM-1", "2.03", "en"),
        (7, 1, "XM-1", "2.03", "en"),
        # No xml:lang of its own: the root's.
        (11, 2, "XM-2", "2.03", "fr"),
    ]


def test_digest_tells_identical_activities_from_changed_ones(tmp_path):
    path = write(tmp_path, "small.xml", SMALL)

    first, second, third = (row[5] for row in summary(path))

    assert len(first) == 32
    assert first == second
    assert third != first


def test_accepts_a_path_given_as_str(tmp_path):
    path = write(tmp_path, "small.xml", SMALL)

    assert check_file(str(path)).activities == 3
    assert len(list(read_activities(str(path)))) == 3


@pytest.mark.parametrize("name", ["small.xml.gz", "small.xml"])
def test_gzip_is_known_by_its_bytes_not_its_name(tmp_path, name):
    plain = write(tmp_path, "plain.xml", SMALL)
    packed = write(tmp_path, name, gzip.compress(SMALL.encode()))

    assert check_file(packed) == check_file(plain)
    assert summary(packed) == summary(plain)


def test_bare_activity_root_without_version(tmp_path):
    path = write(
        tmp_path,
        "one.xml",
        "<iati-activity>\n  <iati-identifier>XM-9</iati-identifier>\n</iati-activity>\n",
    )

    assert check_file(path) == FileCheck(activities=1, version=None, root="iati-activity")
    assert [row[:5] for row in summary(path)] == [(1, 0, "XM-9", None, None)]


def test_1_0x_file_with_foreign_namespace_elements(tmp_path):
    path = write(
        tmp_path,
        "old.xml",
        """<?xml version="1.0"?>
<iati-activities generated-datetime="2012-01-01T00:00:00">
  <ir:registry-record xmlns:ir="http://iati.openaidsearch.org/ns/ir" xml:lang="en"
    name="xm-1-vn" source-url="http://example.org/vn.xml"/>
  <iati-activity version="1.03" default-currency="USD">
    <iati-identifier>XM-1-1</iati-identifier>
    <ir:registry-record xmlns:ir="http://iati.openaidsearch.org/ns/ir" name="xm-1-vn"/>
  </iati-activity>
  <iati-activity version="1.03">
    <iati-identifier>XM-1-2</iati-identifier>
  </iati-activity>
</iati-activities>
""",
    )

    assert check_file(path) == FileCheck(activities=2, version=None, root="iati-activities")
    activities = summary(path)
    # No version on the file: each activity's own.
    assert [row[:4] for row in activities] == [(5, 0, "XM-1-1", "1.03"), (9, 1, "XM-1-2", "1.03")]


def billion_laughs() -> str:
    entities = ['  <!ENTITY lol0 "lol">']
    for level in range(1, 11):
        entities.append(f'  <!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">')
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE iati-activities [\n'
        + "\n".join(entities)
        + "\n]>\n<iati-activities><iati-activity><title>&lol10;</title></iati-activity>"
        + "</iati-activities>\n"
    )


@pytest.mark.parametrize("read", [check_file, lambda path: list(read_activities(path))])
def test_billion_laughs_is_refused_at_once(tmp_path, read):
    path = write(tmp_path, "laughs.xml", billion_laughs())

    started = time.perf_counter()
    with pytest.raises(IatiFileError) as info:
        read(path)

    assert time.perf_counter() - started < 1.0
    assert info.value.line == 2
    assert "DTD" in info.value.message
    assert str(info.value) == f"line 2: {info.value.message}"


@pytest.mark.parametrize("read", [check_file, lambda path: list(read_activities(path))])
def test_external_entity_is_refused_and_never_read(tmp_path, read):
    path = write(
        tmp_path,
        "xxe.xml",
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        "<iati-activities><iati-activity><title>&x;</title></iati-activity>"
        "</iati-activities>\n",
    )

    with pytest.raises(IatiFileError) as info:
        read(path)

    assert info.value.line == 2
    passwd = Path("/etc/passwd")
    secret = passwd.read_text().splitlines()[0] if passwd.exists() else "root:x:0:0"
    assert secret not in str(info.value)
    assert secret not in repr(info.value.__cause__)


def test_dtd_beyond_the_scanned_start_is_refused_too(tmp_path):
    padding = "<!--" + "x" * 70_000 + "-->\n"
    path = write(
        tmp_path,
        "late.xml",
        '<?xml version="1.0"?>\n'
        + padding
        + '<!DOCTYPE iati-activities [<!ENTITY e "hi">]>\n'
        + "<iati-activities><iati-activity>&e;</iati-activity></iati-activities>\n",
    )

    with pytest.raises(IatiFileError) as info:
        check_file(path)

    assert "DTD" in info.value.message


def test_nesting_deeper_than_the_limit_is_refused(tmp_path):
    depth = 50
    # Root on line 1, the activity on line 2, then one element a line: depth n on line n.
    path = write(
        tmp_path,
        "deep.xml",
        "<iati-activities>\n<iati-activity>\n"
        + "".join(f"<x{level}>\n" for level in range(depth))
        + "".join(f"</x{level}>" for level in reversed(range(depth)))
        + "</iati-activity></iati-activities>\n",
    )
    limits = Limits(max_depth=10)

    with pytest.raises(IatiFileError) as info:
        check_file(path, limits)
    assert info.value.line == 11

    with pytest.raises(IatiFileError):
        list(read_activities(path, limits))


def test_nesting_beyond_the_xml_readers_own_limit_is_refused_at_once(tmp_path):
    # Far deeper than the limit: libxml2 stops at its own (256), before building more.
    depth = 200_000
    path = write(
        tmp_path,
        "abyss.xml",
        "<iati-activities><iati-activity>"
        + "<x>" * depth
        + "</x>" * depth
        + "</iati-activity></iati-activities>",
    )

    started = time.perf_counter()
    with pytest.raises(IatiFileError) as info:
        list(read_activities(path))

    assert time.perf_counter() - started < 1.0
    assert "refused" in info.value.message and "256" in info.value.message


def test_activities_under_a_root_of_another_name_are_refused(tmp_path):
    path = write(
        tmp_path,
        "wrapped.xml",
        "<export>\n<iati-activity><iati-identifier>XM-1</iati-identifier></iati-activity>\n"
        "</export>\n",
    )

    with pytest.raises(IatiFileError) as info:
        list(read_activities(path))

    assert "<export>" in info.value.message and info.value.line == 1


def test_an_activity_inside_another_element_is_not_one_of_the_files(tmp_path):
    path = write(
        tmp_path,
        "nested.xml",
        "<iati-activities>\n"
        "<iati-activity><iati-identifier>XM-1</iati-identifier>\n"
        "  <iati-activity><iati-identifier>XM-inner</iati-identifier></iati-activity>\n"
        "</iati-activity>\n"
        "<wrapper><iati-activity><iati-identifier>XM-w</iati-identifier></iati-activity>"
        "</wrapper>\n"
        "<iati-activity><iati-identifier>XM-2</iati-identifier></iati-activity>\n"
        "</iati-activities>\n",
    )

    assert [row[2] for row in summary(path)] == ["XM-1", "XM-2"]
    assert check_file(path).activities == 2


def test_gzip_bomb_is_refused_without_unpacking_it_all(tmp_path):
    path = tmp_path / "bomb.xml.gz"
    with gzip.open(path, "wb", compresslevel=9) as bomb:
        bomb.write(b"<iati-activities><iati-activity><title>")
        spaces = b" " * 1_000_000
        for _megabyte in range(50):
            bomb.write(spaces)
        bomb.write(b"</title></iati-activity></iati-activities>")
    assert path.stat().st_size < 1_000_000

    started = time.perf_counter()
    with pytest.raises(IatiFileError) as info:
        check_file(path, Limits(max_bytes=1_000_000))

    assert time.perf_counter() - started < 1.0
    assert filesizeformat(1_000_000) in info.value.message


def test_gzip_with_a_false_size_trailer_is_refused(tmp_path):
    packed = bytearray(gzip.compress(SMALL.encode()))
    packed[-4:] = (2_000_000_000).to_bytes(4, "little")
    path = write(tmp_path, "liar.xml.gz", bytes(packed))

    # Neither limit is what refuses it: the unpacked size disagrees with the trailer.
    for limits in (Limits(), Limits(max_bytes=4_000_000_000)):
        with pytest.raises(IatiFileError):
            check_file(path, limits)
        with pytest.raises(IatiFileError):
            list(read_activities(path, limits))


def test_broken_encoding_names_its_line(tmp_path):
    content = SMALL.encode().replace(b"Clean water, phase two", b"Clean \xff\xfe water")
    path = write(tmp_path, "broken.xml", content)

    with pytest.raises(IatiFileError) as info:
        check_file(path)

    assert info.value.line == 13
    assert "UTF-8" in info.value.message


@pytest.mark.parametrize("read", [check_file, lambda path: list(read_activities(path))])
def test_file_cut_short_is_refused_with_a_line(tmp_path, read):
    content = SMALL.encode()
    path = write(tmp_path, "cut.xml", content[: len(content) // 2])

    with pytest.raises(IatiFileError) as info:
        read(path)

    assert info.value.line is not None
    assert 1 <= info.value.line <= content[: len(content) // 2].count(b"\n") + 1


def test_gzip_cut_short_is_refused_with_a_line(tmp_path):
    # Big enough that the cut falls well inside the activities.
    activities = "".join(
        f"  <iati-activity>\n    <iati-identifier>XM-{number}</iati-identifier>\n"
        "  </iati-activity>\n"
        for number in range(2000)
    )
    content = f"<iati-activities>\n{activities}</iati-activities>\n".encode()
    packed = gzip.compress(content)
    path = write(tmp_path, "cut.xml.gz", packed[: len(packed) // 2])

    with pytest.raises(IatiFileError) as info:
        check_file(path)

    assert info.value.line is not None
    assert 1 < info.value.line < content.count(b"\n")
    assert "compressed" in info.value.message


@pytest.mark.parametrize(
    ("content", "found"),
    [
        ('<?xml version="1.0"?>\n<iati-organisations version="2.03"/>\n', "<iati-organisations>"),
        ("<html><body><p>Not found</p></body></html>", "<html>"),
    ],
)
def test_wrong_root_is_refused_naming_it(tmp_path, content, found):
    path = write(tmp_path, "other.xml", content)

    with pytest.raises(IatiFileError) as info:
        check_file(path)

    assert found in info.value.message
    assert "<iati-activities>" in info.value.message


def test_namespaced_root_is_refused_naming_the_namespace(tmp_path):
    path = write(tmp_path, "ns.xml", '<iati-activities xmlns="http://example.org/ns"/>')

    with pytest.raises(IatiFileError) as info:
        check_file(path)

    assert "http://example.org/ns" in info.value.message


@pytest.mark.parametrize("content", [b"", b"  \n\n"])
def test_empty_file_is_refused(tmp_path, content):
    path = write(tmp_path, "empty.xml", content)

    with pytest.raises(IatiFileError) as info:
        check_file(path)

    assert "empty" in info.value.message


def test_file_without_activities_is_fine(tmp_path):
    path = write(tmp_path, "none.xml", '<iati-activities version="2.03">\n</iati-activities>\n')

    assert check_file(path) == FileCheck(activities=0, version="2.03", root="iati-activities")
    assert list(read_activities(path)) == []


def test_more_activities_than_the_limit_are_refused(tmp_path):
    path = write(tmp_path, "small.xml", SMALL)

    with pytest.raises(IatiFileError) as info:
        check_file(path, Limits(max_activities=2))

    assert info.value.line == 11


def test_missing_file_is_an_iati_file_error(tmp_path):
    with pytest.raises(IatiFileError):
        check_file(tmp_path / "missing.xml")


def test_vietnamese_and_chinese_text_survive(tmp_path):
    vietnamese = "Dự án nước sạch Lào Cai"
    chinese = "老街省清洁水项目"
    path = write(
        tmp_path,
        "text.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
  <iati-activity xml:lang="vi">
    <iati-identifier>XM-1</iati-identifier>
    <title>
      <narrative>{vietnamese}</narrative>
      <narrative xml:lang="zh">{chinese}</narrative>
    </title>
  </iati-activity>
</iati-activities>
""",
    )

    texts = [
        [narrative.text for narrative in raw.element.iterfind("title/narrative")]
        for raw in read_activities(path)
    ]

    assert texts == [[vietnamese, chinese]]


def test_reading_keeps_the_tree_small(tmp_path):
    count = 20_000
    activities = "".join(
        f"<iati-activity><iati-identifier>XM-{number}</iati-identifier></iati-activity>\n"
        for number in range(count)
    )
    path = write(tmp_path, "many.xml", f"<iati-activities>\n{activities}</iati-activities>\n")

    assert check_file(path).activities == count
    last = None
    for raw in read_activities(path):
        last = raw
        root = raw.element.getparent()

    assert (last.index, last.line) == (count - 1, count + 1)
    # Each activity is dropped once the next is read: the tree never grows with the file.
    assert len(root) <= 2


@pytest.mark.parametrize("packed", [False, True])
def test_file_like_source_serves_both_passes(packed):
    content = gzip.compress(SMALL.encode()) if packed else SMALL.encode()
    upload = io.BytesIO(content)

    assert check_file(upload).activities == 3
    assert [row[2] for row in summary(upload)] == ["XM-1", "XM-1", "XM-2"]
    assert not upload.closed

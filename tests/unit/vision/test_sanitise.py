"""Sanitising: nothing but pixels survives (no EXIF, GPS, XMP, comments), with the photo the right way up."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from chatbot.vision import PillowInspector
from tests.photos import jpeg, jpeg_markers, scene

APP1, APP13, COMMENT = 0xE1, 0xED, 0xFE


@pytest.fixture(scope="module")
def inspector() -> PillowInspector:
    return PillowInspector()


def test_phone_metadata_is_present_before_and_gone_after(inspector: PillowInspector) -> None:
    original = jpeg(scene((1600, 1200)), gps=True, camera=True, comment="Jessica at sports day", xmp=True)
    assert APP1 in jpeg_markers(original) and COMMENT in jpeg_markers(original)
    result = inspector.inspect("photo.jpg", original)
    assert result.sanitised is not None and result.sanitised_type == "image/jpeg"
    markers = jpeg_markers(result.sanitised)
    assert APP1 not in markers and APP13 not in markers and COMMENT not in markers
    published = Image.open(io.BytesIO(result.sanitised))
    assert not published.getexif() and "xmp" not in published.info and "comment" not in published.info
    assert b"Jessica" not in result.sanitised and b"51,45.2N" not in result.sanitised
    assert set(result.removed) >= {"location data", "camera model", "a comment", "XMP data"}


def test_sideways_photos_are_turned_upright(inspector: PillowInspector) -> None:
    stored_sideways = scene((900, 1200))  # portrait pixels, with Orientation 6 = rotate 90° to display
    result = inspector.inspect("photo.jpg", jpeg(stored_sideways, orientation=6))
    assert result.sanitised is not None
    assert Image.open(io.BytesIO(result.sanitised)).size == (1200, 900)


def test_a_clean_photo_reports_nothing_removed(inspector: PillowInspector) -> None:
    out = io.BytesIO()
    scene((400, 300)).save(out, format="JPEG")
    assert inspector.inspect("photo.jpg", out.getvalue()).removed == ()


def test_transparent_png_stays_png_without_its_text_chunks(inspector: PillowInspector) -> None:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "Amelia Nowak, Year 3")
    out = io.BytesIO()
    Image.new("RGBA", (300, 200), (255, 0, 0, 128)).save(out, format="PNG", pnginfo=info)
    result = inspector.inspect("logo.png", out.getvalue())
    assert result.sanitised_type == "image/png" and result.sanitised is not None
    assert b"Amelia" not in result.sanitised
    assert "a comment" in result.removed
    assert Image.open(io.BytesIO(result.sanitised)).mode == "RGBA"


def test_iphone_heic_photos_are_read_and_published_as_jpeg_without_location(inspector: PillowInspector) -> None:
    from tests.photos import SINGLE, photo

    exif = Image.Exif()
    exif[0x0110] = "iPhone 13"
    exif[0x8825] = {1: "N", 2: (51.0, 45.0, 12.5), 3: "W", 4: (1.0, 15.0, 30.2)}
    heic = io.BytesIO()
    photo(SINGLE).resize((1600, 1200)).save(heic, format="HEIF", exif=exif.tobytes(), quality=80)
    result = inspector.inspect("IMG_0042.HEIC", heic.getvalue())
    assert result.readable, result.problem
    assert result.sanitised_type == "image/jpeg" and result.sanitised is not None
    assert APP1 not in jpeg_markers(result.sanitised)
    assert {"location data", "camera model"} <= set(result.removed)
    assert result.faces == 1

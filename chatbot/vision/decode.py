"""Opening an image safely: size limits before decoding, orientation applied, and what metadata it carried."""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass

import pillow_heif
from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from chatbot.images import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS

Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
pillow_heif.register_heif_opener()  # iPhone photos (HEIC) open like any other
_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO", "HEIF")
DECODED_SIDE = 3000  # a 48 MP photo (8000 px) decodes at 4000 px, a 12 MP one (4032 px) as it is
_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_CAMERA_TAGS = (ExifTags.Base.Make, ExifTags.Base.Model, ExifTags.Base.LensModel, ExifTags.Base.BodySerialNumber)
_DATE_TAGS = (ExifTags.Base.DateTimeOriginal, ExifTags.Base.DateTime, ExifTags.Base.DateTimeDigitized)
_TEXT_TAGS = (ExifTags.Base.ImageDescription, ExifTags.Base.UserComment, ExifTags.Base.Artist, ExifTags.Base.XPComment)


# What Pillow raises for files that are damaged in one way or another; struct.error and EOFError come from
# parsers reading past the end of a truncated header.
_DECODING_ERRORS = (
    UnidentifiedImageError,
    Image.DecompressionBombError,
    Image.DecompressionBombWarning,
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    struct.error,
    IndexError,
)


class UnusableImage(Exception):
    """The image cannot be used; the message says why in words a teacher understands."""


@dataclass(frozen=True)
class Decoded:
    image: Image.Image  # upright (EXIF orientation applied), fully loaded
    format: str
    metadata: tuple[str, ...]  # descriptions of what the file carried besides pixels


def decode(data: bytes) -> Decoded:
    if not data:
        raise UnusableImage("the file is empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise UnusableImage(f"the file is {len(data) // (1024 * 1024)} MB; photos up to 30 MB can be checked")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = _open(data)
        metadata = _metadata_or_unreadable(image)
        _reduce_while_decoding(image)
        upright = _load_upright(image)
    return Decoded(upright, str(image.format), metadata)


def _open(data: bytes) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
    except _DECODING_ERRORS as error:
        raise UnusableImage(_why(error)) from None
    if image.format not in _FORMATS:
        raise UnusableImage(f"{image.format} images cannot be checked; save it as a JPEG or PNG")
    if image.width * image.height > MAX_IMAGE_PIXELS:
        raise UnusableImage(f"it is {image.width}×{image.height} pixels, too large to check safely")
    return image


def _reduce_while_decoding(image: Image.Image) -> None:
    """A JPEG at least twice DECODED_SIDE is decoded at 1/2, 1/4 or 1/8 of its size (libjpeg does it while
    decoding, keeping the longest side at least DECODED_SIDE): a 48 MP photo then takes a quarter of the memory
    and time. Nothing larger than PUBLISHED_SIDE is published anyway."""
    if image.format in ("JPEG", "MPO") and max(image.size) >= 2 * DECODED_SIDE:
        scale = DECODED_SIDE / max(image.size)
        image.draft(image.mode, (round(image.width * scale), round(image.height * scale)))


def _load_upright(image: Image.Image) -> Image.Image:
    try:
        image.load()
        ImageOps.exif_transpose(image, in_place=True)  # in place: a 12 MP copy is 36 MB we need not hold
    except _DECODING_ERRORS as error:
        raise UnusableImage(_why(error)) from None
    return image


def _why(error: BaseException) -> str:
    if isinstance(error, UnidentifiedImageError):
        return "it is not an image file Countersign can read (JPEG, PNG, HEIC, WebP, GIF)"
    if isinstance(error, Image.DecompressionBombError | Image.DecompressionBombWarning):
        return "it claims to be enormous when opened (a 'decompression bomb'), so it was not opened"
    if "truncated" in str(error).lower():
        return "the file is incomplete (it may not have finished uploading)"
    return "the file is damaged and cannot be opened"


def _metadata_or_unreadable(image: Image.Image) -> tuple[str, ...]:
    try:
        return describe_metadata(image) + _animation(image)
    except _DECODING_ERRORS:
        return ("camera data that could not be read",)  # it is removed all the same: only pixels are kept


def _animation(image: Image.Image) -> tuple[str, ...]:
    """An animated GIF, WebP or PNG is checked and published as its first frame: the later frames, which no
    detector has looked at, never leave. (An MPO's second picture is the camera's, not an animation.)"""
    if image.format != "MPO" and getattr(image, "is_animated", False):
        return ("the animation (only its first frame is checked and published)",)
    return ()


def describe_metadata(image: Image.Image) -> tuple[str, ...]:
    """What besides pixels the file carries, in words: location data, camera model, a comment…"""
    exif = image.getexif()
    found = []
    if exif.get_ifd(_GPS_IFD) or "GPS" in str(image.info.get("xmp", b""))[:100_000]:
        found.append("location data")
    if any(exif.get(tag) for tag in _CAMERA_TAGS) or any(exif.get_ifd(_EXIF_IFD).get(t) for t in _CAMERA_TAGS):
        found.append("camera model")
    if any(exif.get(tag) for tag in _DATE_TAGS) or any(exif.get_ifd(_EXIF_IFD).get(t) for t in _DATE_TAGS):
        found.append("the time it was taken")
    if image.info.get("comment") or any(exif.get(tag) for tag in _TEXT_TAGS) or _has_png_text(image):
        found.append("a comment")
    if image.info.get("xmp") or image.info.get("XML:com.adobe.xmp"):
        found.append("XMP data")
    if exif.get_ifd(_EXIF_IFD).get(ExifTags.Base.MakerNote):
        found.append("maker notes")
    if exif and not found:
        found.append("other camera data")
    return tuple(found)


def _has_png_text(image: Image.Image) -> bool:
    text = getattr(image, "text", None)
    return bool(text) if image.format == "PNG" else False

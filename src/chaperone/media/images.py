"""Reading an uploaded picture safely and writing it back without its metadata (S6).

The picture is decoded and its pixels copied into a new image, which is encoded afresh: EXIF
(GPS position, camera make and model, times), XMP, IPTC, ICC profiles and comments are all left
behind. A file that is not an image, too large, or a decompression bomb is refused.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from chaperone.errors import InvalidInput

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # e.g. 8000 x 5000
MAX_SIDE = 12_000
FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}


@dataclass(frozen=True)
class CleanImage:
    data: bytes
    content_type: str
    extension: str
    width: int
    height: int
    sha256: str


def _too_big() -> InvalidInput:
    return InvalidInput(
        f"the picture is too large: at most {MAX_PIXELS:,} pixels and {MAX_SIDE:,} a side"
    )


def clean_image(data: bytes) -> CleanImage:
    if not data:
        raise InvalidInput("the file is empty")
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"the file is too large: at most {MAX_BYTES // (1024 * 1024)} MB")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as im:
                if im.format not in FORMATS:
                    raise InvalidInput(
                        f"{im.format or 'this'} files are not accepted: "
                        "upload a JPEG, PNG, GIF or WebP picture"
                    )
                width, height = im.size
                if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                    raise _too_big()
                if width < 1 or height < 1:
                    raise InvalidInput("the picture has no pixels")
                im.seek(0)  # the first frame of an animation
                im.load()
                im = ImageOps.exif_transpose(im)  # keep the picture upright, then drop EXIF
                alpha = "A" in im.getbands() or "transparency" in im.info
                mode = "RGBA" if alpha else "RGB"
                pixels = im.convert(mode)
                fresh = Image.frombytes(mode, pixels.size, pixels.tobytes())
        except InvalidInput:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_big() from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
            raise InvalidInput("the file is not a picture that can be read") from exc
    out = io.BytesIO()
    if alpha:
        fresh.save(out, format="PNG", optimize=True)
        content_type, extension = "image/png", "png"
    else:
        fresh.save(out, format="JPEG", quality=88)
        content_type, extension = "image/jpeg", "jpg"
    encoded = out.getvalue()
    return CleanImage(
        data=encoded,
        content_type=content_type,
        extension=extension,
        width=fresh.width,
        height=fresh.height,
        sha256=hashlib.sha256(encoded).hexdigest(),
    )

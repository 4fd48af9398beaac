"""The exception tree of amity. Every message tells the user what to do about it.

    AmityError
    ├── ConfigError            bad settings or environment
    ├── InputError             a message or file the user gave cannot be used
    │   ├── EmptyMessageError
    │   ├── MessageTooLongError
    │   └── CharacterCardError  a missing, unreadable or malformed character card
    ├── NotFoundError          unknown user, conversation, character or memory
    ├── StoreError             the database cannot be opened or written (locked, read-only)
    └── BackendError           the model cannot produce a reply
        ├── ModelFileError     a missing or invalid GGUF file
        ├── BackendUnavailable connection refused, timeout
        └── BackendResponseError the server answered with an error status

Foreign errors (sqlalchemy, httpx, xllamacpp) are translated into these at the boundary of
the module that calls the foreign library; nothing above that boundary sees them.
"""

from __future__ import annotations


class AmityError(Exception):
    """Base of every error amity raises on purpose."""


class ConfigError(AmityError):
    pass


class InputError(AmityError):
    pass


class EmptyMessageError(InputError):
    def __init__(self) -> None:
        super().__init__("The message is empty: type something to say to your friend.")


class MessageTooLongError(InputError):
    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"The message is {length:,} characters long; the limit is {limit:,}. "
            "Send it in shorter parts."
        )
        self.length = length
        self.limit = limit


class CharacterCardError(InputError):
    pass


class NotFoundError(AmityError):
    pass


class StoreError(AmityError):
    pass


class BackendError(AmityError):
    pass


class ModelFileError(BackendError):
    pass


class BackendUnavailable(BackendError):
    pass


class BackendResponseError(BackendError):
    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status

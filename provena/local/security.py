"""Bearer-token checks as the real services do them: 401 for a missing/invalid/expired token, and 401 too for a
caller without the route's role, with the real services' wording (their Keycloak dependency answers both with 401,
so the official client raises the same auth exception for both; provena tells them apart by the detail)."""


from collections.abc import Callable, Iterable
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel

from .realm import Realm

# The real services' detail for a caller lacking a role (KeycloakFastAPI's protected-role dependencies).
ROLE_REFUSAL = "You are not authorised to access this resource as you don't have the correct role."

# Same scheme name and tokenUrl as the real documents.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


class User(BaseModel):
    username: str
    email: str | None = None
    roles: list[str]
    access_token: str


class Security:
    def __init__(self, realm: Realm) -> None:
        self.realm = realm

        def user(token: Annotated[str, Depends(oauth2_scheme)]) -> User:
            return self._user(token)

        def admin(token: Annotated[str, Depends(oauth2_scheme)]) -> User:
            u = self._user(token)
            if not is_admin(u):
                raise role_refusal()
            return u

        self.user = user
        self.admin = admin

    def requires_all(self, roles: Iterable[str]) -> Callable[..., User]:
        """A dependency admitting a user holding every one of `roles` (401 `ROLE_REFUSAL` otherwise)."""
        needed = tuple(roles)
        base = self.user

        def dependency(user: Annotated[User, Depends(base)]) -> User:
            if not all(r in user.roles for r in needed):
                raise role_refusal()
            return user

        return dependency

    def _user(self, token: str) -> User:
        try:
            claims = self.realm.verify_access(token)
        except jwt.ExpiredSignatureError:
            raise _unauthorised("Token has expired") from None
        except jwt.InvalidTokenError:
            raise _unauthorised("Could not validate credentials") from None
        return User(
            username=claims["preferred_username"],
            email=claims.get("email"),
            roles=list(claims.get("realm_access", {}).get("roles", [])),
            access_token=token,
        )


def is_admin(user: User) -> bool:
    return any(r.endswith("-admin") for r in user.roles)


def role_refusal() -> HTTPException:
    """What every real service answers a caller whose token lacks the route's role."""
    return _unauthorised(ROLE_REFUSAL)


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"})

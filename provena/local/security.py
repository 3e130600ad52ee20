"""Bearer-token checks as the real services do them: 401 for missing/invalid/expired, 403 without the role."""


from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel

from .realm import Realm

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
                raise HTTPException(status.HTTP_403_FORBIDDEN, detail="You do not have the admin role required")
            return u

        self.user = user
        self.admin = admin

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


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"})

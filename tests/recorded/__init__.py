"""Recorded (cassette) tests of the facade."""

/** The server's minimum (ChangePassword/CompleteSetup reject shorter with `password_too_short`); checked here first for a quicker answer. */
export const MIN_PASSWORD_LENGTH = 12;

import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'overblik_session';

export function setSessionCookie(reply: FastifyReply, value: string, expiresAt: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

import { timerState } from "../../../src/engine";
import { at, NOW } from "../../support/builders";

const timer = { minutes: 10, label: "El código expira" };

describe("timerState()", () => {
  test.each([
    ["runs 5 minutes in", at(5), { endsAt: at(-5), remainingMs: 5 * 60_000, expired: false }],
    ["just started", NOW, { endsAt: at(-10), remainingMs: 10 * 60_000, expired: false }],
    ["runs out exactly at its length", at(10), { endsAt: NOW, remainingMs: 0, expired: true }],
    ["stays at zero once run out (12 minutes in)", at(12), { endsAt: at(2), remainingMs: 0, expired: true }],
    ["never shows more than its length when Zendesk's clock is ahead", at(-0.5), { endsAt: at(-10), remainingMs: 10 * 60_000, expired: false }],
  ])("%s", (_, since, state) => {
    expect(timerState(timer, since, NOW)).toEqual(state);
  });
});

import { toApiError } from "../../../src/zendesk/apiError";

describe("toApiError()", () => {
  it.each([
    [{ status: 409, responseJSON: { error: "UpdateConflict", description: "changed" } }, { kind: "conflict", status: 409, detail: "changed" }],
    [{ status: 429, headers: { "Retry-After": "7" } }, { kind: "rateLimited", status: 429, retryAfter: 7 }],
    [{ status: 503, headers: { "retry-after": 3 } }, { kind: "server", status: 503, retryAfter: 3 }],
    [{ status: 500 }, { kind: "server", status: 500 }],
    [{ status: 404, responseJSON: { error: "RecordNotFound" } }, { kind: "notFound", status: 404, detail: "RecordNotFound" }],
    [{ status: 403 }, { kind: "forbidden", status: 403 }],
    [{ status: 422 }, { kind: "invalid", status: 422 }],
    [{ status: 0 }, { kind: "network", status: 0 }],
  ])("reads %j", (failure, expected) => {
    expect(toApiError(failure)).toEqual(expected);
  });

  it("treats the SDK's time-out as a time-out", () => {
    const timeout = Object.assign(new Error('Timeout when invoking "request"'), { name: "TimeoutError" });
    expect(toApiError(timeout).kind).toBe("timeout");
    expect(toApiError({ name: "TimeoutError", message: 'Timeout when invoking "request"' })).toEqual({ kind: "timeout", status: 0, detail: 'Timeout when invoking "request"' });
  });
});

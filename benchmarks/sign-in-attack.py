"""Clients for sign-in-attack.sh, each from its own loopback source address (Linux routes all of
127/8 to the loopback interface), so the attack and the measurement are told apart by the server's
per-address throttle as real clients on different hosts would be.

  measure SOURCE SECONDS PATH AUTH    one keep-alive client, sequential GETs: p50/p95 in ms
  attack SOURCE SECONDS THREADS       THREADS clients sending wrong passwords as fast as answered
  flood SOURCE SECONDS THREADS        the same number of clients asking GET /api/health instead: what
                                      any flood of cheap requests costs a server on this machine
  parallel SOURCE COUNT USER          COUNT wrong passwords for USER at once: how many were checked
"""
import base64
import http.client
import os
import statistics
import sys
import threading
import time
import urllib.parse

BASE = urllib.parse.urlparse(os.environ.get("BASE", "http://127.0.0.1:8080"))


def connect(source):
    return http.client.HTTPConnection(BASE.hostname, BASE.port, timeout=120, source_address=(source, 0))


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def get(connection, path, authorization):
    connection.request("GET", "/sigilo" + path, headers={"Authorization": authorization})
    response = connection.getresponse()
    return response.status, response.read()


def measure(source, seconds, path, authorization):
    connection = connect(source)
    get(connection, path, authorization)  # verifies the credentials once, as any client would
    latencies, failures = [], 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        start = time.perf_counter()
        status, _ = get(connection, path, authorization)
        latencies.append((time.perf_counter() - start) * 1000)
        failures += status != 200
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"RESULT requests={len(latencies)} non200={failures} "
          f"p50_ms={statistics.median(latencies):.1f} p95_ms={p95:.1f}")


def attack(source, seconds, threads, flood=False):
    counts = {"sent": 0, "checked": 0}
    lock = threading.Lock()
    end = time.monotonic() + seconds

    def guess(worker):
        connection = connect(source)
        n = 0
        while time.monotonic() < end:
            n += 1
            user = ("agent", "legal", "admin", f"nobody-{worker}-{n}")[n % 4]
            try:
                if flood:
                    connection.request("GET", "/sigilo/api/health")
                    body = connection.getresponse().read()
                else:
                    _, body = get(connection, "/api/calls?size=1", basic(user, f"guess-{worker}-{n}"))
            except (OSError, http.client.HTTPException):
                connection = connect(source)
                continue
            with lock:
                counts["sent"] += 1
                counts["checked"] += b"Wrong user name or password" in body

    workers = [threading.Thread(target=guess, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"RESULT attempts={counts['sent']} checked={counts['checked']} "
          f"per_second={counts['sent'] / seconds:.0f}")


def parallel(source, count, user):
    answers = []
    lock = threading.Lock()
    go = threading.Event()

    def one(i):
        connection = connect(source)
        go.wait()
        status, body = get(connection, "/api/calls?size=1", basic(user, f"wrong-{i}"))
        with lock:
            answers.append((status, body))

    workers = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for w in workers:
        w.start()
    go.set()
    for w in workers:
        w.join()
    checked = sum(b"Wrong user name or password" in body for _, body in answers)
    throttled = sum(b"Too many failed sign-ins" in body for _, body in answers)
    print(f"RESULT attempts={count} checked={checked} throttled={throttled} "
          f"statuses={sorted({s for s, _ in answers})}")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "measure":
        measure(args[0], float(args[1]), args[2], args[3])
    elif command == "attack":
        attack(args[0], float(args[1]), int(args[2]))
    elif command == "flood":
        attack(args[0], float(args[1]), int(args[2]), flood=True)
    else:
        parallel(args[0], int(args[1]), args[2])

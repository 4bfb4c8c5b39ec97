#!/usr/bin/env bash
# Kehu benchmark harness: ONE command from data to the table in docs/performance.md.
#
#   bench/run.sh <small|100k|1m> <h2|postgres>
#
# It builds the jar if missing or older than the sources, generates the customers (seeded) into
# target/bench/, creates a fresh database, starts Kehu as a packaged jar the way an operator would
# (java -Xmx1g -jar, its own port, demo users on, the `bench` profile for the bare endpoint),
# measures the time to healthy and the idle RSS, loads the customers (import API when the server has
# it; the customer REST API for the small scale only), waits for the customers' archives, writes the service
# desk's matters over JDBC (bench/MatterLoader.java) and times the time-limit sweep that fires the due ones,
# drives the server with wrk over HTTP at 10, 50
# and 200 connections per scenario while sampling the server's RSS and CPU, sets search beside plain
# SQL LIKE, the customer page beside a bare endpoint and the import beside the database's bulk load,
# and writes the results into docs/performance.md (replacing the section of the same scale and
# database). Exit status 1 when any step had errors (the section is then marked FAILED), 2 when the
# run could not be done. Targets are reported, never enforced. See docs/performance.md.
#
# Settings (environment): BENCH_DURATION (s per step), BENCH_WARMUP (s per scenario), BENCH_CONNECTIONS
# ("10 50 200"), BENCH_SERIAL (s per search kind, one connection), BENCH_TIMEOUT (wrk, s), BENCH_PORT,
# BENCH_SEED, BENCH_XMX, BENCH_JAVA (java binary of the server), BENCH_SCENARIOS, BENCH_DOC=0 (do not
# touch docs/performance.md), BENCH_ALLOW_REST_LOAD=1 (load a large scale through the REST API anyway),
# BENCH_LOAD_PARALLEL, BENCH_NO_BUILD=1, BENCH_MATTERS_HISTORY / BENCH_MATTERS_OPEN / BENCH_MATTERS_DUE (matters),
# BENCH_DOCUMENTS (documents filed with files), BENCH_SWEEP=0|1 (integrity sweep beside sha256sum), BENCH_CLOSE
# (customers closed for the disposition list),
# BENCH_JAVA_OPTS (more options for the server's JVM, e.g. "-XX:+HeapDumpOnOutOfMemoryError -Xlog:gc:file=gc.log";
# relative paths are inside the run's directory).
set -euo pipefail

usage() {
    echo "usage: bench/run.sh <small|100k|1m> <h2|postgres>" >&2
    exit 2
}
[[ $# -eq 2 ]] || usage
SCALE=$1
DB=$2
case "$SCALE" in
    small) COUNT=2000; DEF_DURATION=2; DEF_WARMUP=1; DEF_SERIAL=2; DEF_SETTLE=2; DEF_HISTORY=20000; DEF_OPEN=2000; DEF_DUE=200
        DEF_DOCUMENTS=200; DEF_SWEEP=1; DEF_CLOSE=100 ;;
    100k) COUNT=100000; DEF_DURATION=15; DEF_WARMUP=10; DEF_SERIAL=10; DEF_SETTLE=10; DEF_HISTORY=1000000; DEF_OPEN=10000; DEF_DUE=1000
        DEF_DOCUMENTS=5000; DEF_SWEEP=1; DEF_CLOSE=2000 ;;
    1m) COUNT=1000000; DEF_DURATION=15; DEF_WARMUP=10; DEF_SERIAL=10; DEF_SETTLE=10; DEF_HISTORY=10000000; DEF_OPEN=100000; DEF_DUE=5000
        DEF_DOCUMENTS=20000; DEF_SWEEP=0; DEF_CLOSE=10000 ;;
    *) usage ;;
esac
case "$DB" in h2 | postgres) ;; *) usage ;; esac

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DURATION=${BENCH_DURATION:-$DEF_DURATION}
WARMUP=${BENCH_WARMUP:-$DEF_WARMUP}
SERIAL=${BENCH_SERIAL:-$DEF_SERIAL}
SETTLE=${BENCH_SETTLE:-$DEF_SETTLE}
CONNECTIONS=${BENCH_CONNECTIONS:-"10 50 200"}
TIMEOUT=${BENCH_TIMEOUT:-5}
PORT=${BENCH_PORT:-18480}
SEED=${BENCH_SEED:-42}
XMX=${BENCH_XMX:-1g}
JAVA=${BENCH_JAVA:-java}
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"
SCENARIOS=${BENCH_SCENARIOS:-"constant page list api_list search archive_page disposition matters intake_search intake_create mix"}
# the service desk's matters (issue 5: 10,000,000 historical and 100,000 open at 1m), and how many of the open
# ones the time-limit sweep finds due at once (at most one sweep's batch, 5,000 by default)
HISTORY=${BENCH_MATTERS_HISTORY:-$DEF_HISTORY}
OPEN=${BENCH_MATTERS_OPEN:-$DEF_OPEN}
DUE=${BENCH_MATTERS_DUE:-$DEF_DUE}
LOAD_PARALLEL=${BENCH_LOAD_PARALLEL:-4}
# documents filed with real files (5 per archive), whether the integrity sweep runs over all archives beside
# sha256sum of the same files, and how many customers are closed for the disposition list
DOCUMENTS=${BENCH_DOCUMENTS:-$DEF_DOCUMENTS}
SWEEP=${BENCH_SWEEP:-$DEF_SWEEP}
CLOSE=${BENCH_CLOSE:-$DEF_CLOSE}
# wrk opens all its connections in the same instant; with Tomcat's default accept queue of 100, 200 of
# them overflow the listen queue and the rest wait for SYN retransmissions (a second and more) before
# their first request. People do not arrive like that, so the server gets a deeper accept queue.
ACCEPT_COUNT=${BENCH_ACCEPT_COUNT:-1024}
ADMIN_PASSWORD='Bench@2026'
BASE="http://127.0.0.1:$PORT"
JAR="$ROOT/target/kehu-0.1.0-SNAPSHOT.jar"
BENCH="$ROOT/target/bench"
RUN="$BENCH/$SCALE-$DB"
CSV="$BENCH/customers-$SCALE.csv"
META="$RUN/meta.txt"
RESULTS="$RUN/results.txt"
WRK_DIR="$ROOT/bench/wrk"
FAILED=0
SERVER_PID=""
SAMPLER_PID=""
T0=$(date +%s)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() {
    log "STOPPED: $*"
    echo "verdict=FAILED" >>"$META" 2>/dev/null || true
    exit 2
}
meta() { echo "$1=$2" >>"$META"; }
now_ns() { date +%s%N; }
seconds_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
json_string() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | sed 's/.*:"//; s/"$//'; }
json_number() { grep -o "\"$1\":[0-9.]*" | head -1 | sed 's/.*://'; }

cleanup() {
    if [[ -n "$SAMPLER_PID" ]] && kill -0 "$SAMPLER_PID" 2>/dev/null; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        log "stopping the server (pid $SERVER_PID)"
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR

# One run at a time per machine: runs would share the kehu_bench database and distort each other's figures.
exec 9>"${TMPDIR:-/tmp}/kehu-bench.lock"
if command -v flock >/dev/null && ! flock -n 9; then
    die "another bench/run.sh is running on this machine (lock ${TMPDIR:-/tmp}/kehu-bench.lock)"
fi

# --- tools ------------------------------------------------------------------------------------------
for tool in "$JAVA" javac curl awk unzip; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
if ! command -v wrk >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        log "installing wrk from Debian's packages"
        (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1 || die "could not install wrk (apt-get install wrk)"
    else
        die "wrk is not installed (Debian: apt-get install wrk)"
    fi
fi
if [[ "$DB" == postgres ]]; then command -v psql >/dev/null || die "psql is not installed"; fi
if curl -s -o /dev/null --max-time 2 "$BASE/"; then die "port $PORT is in use (set BENCH_PORT)"; fi

# --- build, data, tools -------------------------------------------------------------------------------
if [[ "${BENCH_NO_BUILD:-0}" != 1 ]]; then
    if [[ ! -f "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -type f 2>/dev/null | head -1)" ]]; then
        log "building the jar (mvn -q -DskipTests package)"
        mvn -q -DskipTests package || die "the build failed"
    fi
fi
[[ -f "$JAR" ]] || die "no jar at $JAR"

rm -rf "$RUN"
mkdir -p "$RUN/data" "$RUN/wrk" "$BENCH/classes"
: >"$RESULTS"

if [[ ! -f "$CSV" ]] || [[ bench/CustomerGenerator.java -nt "$CSV" ]] || [[ ! -f "$CSV.seed-$SEED" ]]; then
    log "generating $COUNT customers (seed $SEED)"
    rm -f "$CSV".seed-*
    java bench/CustomerGenerator.java --count "$COUNT" --seed "$SEED" --out "$CSV" >/dev/null
    touch "$CSV.seed-$SEED"
fi
if [[ ! -f "$BENCH/classes/BenchTool.class" ]] || [[ bench/BenchTool.java -nt "$BENCH/classes/BenchTool.class" ]] \
    || [[ bench/SqlLike.java -nt "$BENCH/classes/SqlLike.class" ]] || [[ bench/MatterLoader.java -nt "$BENCH/classes/MatterLoader.class" ]]; then
    javac -encoding UTF-8 -d "$BENCH/classes" bench/BenchTool.java bench/SqlLike.java bench/MatterLoader.java
fi
tool() { java -Djava.awt.headless=true -cp "$BENCH/classes" BenchTool "$@"; }

# the JDBC driver the server itself uses, taken from the jar
mkdir -p "$BENCH/drivers"
case "$DB" in
    h2) DRIVER_PATTERN='BOOT-INF/lib/h2-*.jar' ;;
    postgres) DRIVER_PATTERN='BOOT-INF/lib/postgresql-*.jar' ;;
esac
rm -f "$BENCH/drivers/"*.jar
unzip -q -o -j "$JAR" "$DRIVER_PATTERN" -d "$BENCH/drivers" || die "no JDBC driver in the jar"
DRIVER=$(ls "$BENCH"/drivers/*.jar | head -1)
sql() { java -cp "$BENCH/classes:$DRIVER" SqlLike "$1" --url "$DB_URL" --user "$DB_USER" --password "$DB_PASSWORD" "${@:2}"; }

tool terms --csv "$CSV" --out "$RUN" --seed "$SEED" --count 300

# --- meta -------------------------------------------------------------------------------------------
COMMAND="bench/run.sh $SCALE $DB"
OVERRIDES=$(env | grep -E '^BENCH_[A-Z_]+=' | sort | tr '\n' ' ' || true)
[[ -n "$OVERRIDES" ]] && COMMAND="$OVERRIDES$COMMAND"
{
    echo "scale=$SCALE"
    echo "customers_label=$(printf "%'d" "$COUNT" 2>/dev/null || echo "$COUNT")"
    echo "database=$DB"
    echo "command=$COMMAND"
    echo "date=$(date '+%Y-%m-%d %H:%M %Z')"
    echo "cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "cores=$(nproc)"
    echo "memory=$(free -h | awk '/^Mem:/ { print $2 }')"
    echo "loadavg=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "jdk=$("$JAVA" -version 2>&1 | head -1 | sed 's/"//g')"
    echo "xmx=$XMX"
    echo "git=$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src 2>/dev/null || echo '+changes')"
    echo "wrk=$(wrk -v 2>&1 | head -1 | awk '{ print $2 }')"
    echo "seed=$SEED"
    echo "duration=$DURATION"
    echo "warmup=$WARMUP"
    echo "timeout=${TIMEOUT}s"
    echo "accept_count=$ACCEPT_COUNT"
} >"$META"

# --- a fresh database -----------------------------------------------------------------------------------
pg_admin() {
    if psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAc "$1" 2>/dev/null; then return 0; fi
    su postgres -c "psql -d postgres -v ON_ERROR_STOP=1 -qtAc \"$1\""
}
PROFILES=bench
SERVER_ARGS=()
case "$DB" in
    h2)
        DB_URL="jdbc:h2:retry:$RUN/data/kehu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
        DB_USER=sa
        DB_PASSWORD=
        SERVER_ARGS+=("--spring.datasource.url=$DB_URL")
        meta database_label "H2 $(basename "$DRIVER" .jar | sed 's/^h2-//') (embedded file, AUTO_SERVER for the SQL side)"
        ;;
    postgres)
        DB_URL="jdbc:postgresql://127.0.0.1:5432/kehu_bench"
        DB_USER=kehu
        DB_PASSWORD=kehu
        PROFILES=bench,postgres
        log "creating database kehu_bench"
        if [[ -z "$(pg_admin "select 1 from pg_roles where rolname = 'kehu'")" ]]; then
            pg_admin "create role kehu login password 'kehu'" || die "could not create role kehu"
        fi
        pg_admin "drop database if exists kehu_bench with (force)" || die "could not drop kehu_bench"
        pg_admin "create database kehu_bench owner kehu" || die "could not create kehu_bench"
        meta database_label "PostgreSQL $(pg_admin 'show server_version' | awk '{ print $1 }') (127.0.0.1)"
        ;;
esac
meta profiles "$PROFILES"

# --- start the server the way an operator would ----------------------------------------------------
log "starting Kehu on port $PORT ($DB, -Xmx$XMX)"
START_NS=$(now_ns)
(
    cd "$RUN"
    export KEHU_ADMIN_PASSWORD="$ADMIN_PASSWORD" KEHU_DEMO=true
    if [[ "$DB" == postgres ]]; then export KEHU_DB_URL="$DB_URL" KEHU_DB_USER="$DB_USER" KEHU_DB_PASSWORD="$DB_PASSWORD"; fi
    exec "$JAVA" "-Xmx$XMX" "${JAVA_OPTS[@]}" -jar "$JAR" --spring.profiles.active="$PROFILES" --server.port="$PORT" \
        --kehu.security.admin-must-change-password=false --kehu.demo.enabled=true \
        --kehu.servicedesk.periodic-visits=false \
        --server.tomcat.accept-count="$ACCEPT_COUNT" "${SERVER_ARGS[@]}" \
        >"$RUN/server.out" 2>&1
) &
SERVER_PID=$!
until curl -s --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$RUN/server.out" >&2; die "the server exited during start-up (see $RUN/server.out)"; }
    [[ $(awk -v a="$START_NS" -v b="$(now_ns)" 'BEGIN { print ((b - a) > 300e9) }') == 1 ]] && die "not healthy after 300 s"
    sleep 0.1
done
STARTUP=$(seconds_since "$START_NS")
meta startup_seconds "$STARTUP"
# start-up work after "Started" (demo data, index checks) runs before readiness turns UP
until curl -s --max-time 2 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up (see $RUN/server.out)"
    sleep 0.1
done
READY=$(seconds_since "$START_NS")
meta ready_seconds "$READY"
log "healthy after $STARTUP s, ready after $READY s; settling $SETTLE s"
sleep "$SETTLE"
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }
CLK_TCK=$(getconf CLK_TCK)
IDLE_RSS=$(rss_mb)
meta idle_rss_mb "$IDLE_RSS"
log "idle RSS $IDLE_RSS MB"

# --- sign in ------------------------------------------------------------------------------------------------
TOKEN=$(curl -s -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"bench\"}" \
    "$BASE/api/v1/auth/tokens" | json_string token)
[[ "$TOKEN" == kehu_* ]] || die "could not get an API token for admin"
# sign_in_pages → COOKIE, a fresh session for the page scenarios. Called again right before the load steps:
# sessions end after 30 idle minutes, and at 1m loading and indexing take longer than that.
sign_in_pages() {
    COOKIES="$RUN/cookies.txt"
    rm -f "$COOKIES"
    CSRF=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf"[^>]*' | grep -o 'value="[^"]*"' | sed 's/value="//; s/"$//')
    curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=admin" \
        --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"
    SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$COOKIES" | tail -1)
    COOKIE="JSESSIONID=$SESSION"
    [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/customers") == 200 ]] \
        || die "could not sign in to the pages as admin"
}
sign_in_pages
AUTH=(-H "Authorization: Bearer $TOKEN")
curl -s "${AUTH[@]}" "$BASE/v3/api-docs" >"$RUN/api-docs.json" || true
has_api() { grep -q "\"$1\"" "$RUN/api-docs.json"; }
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

# --- load the customers -------------------------------------------------------------------------------------
BEFORE=$(sql scalar --sql "select coalesce(max(id), 0) from customer")
BEFORE_ARCHIVE=$(sql scalar --sql "select coalesce(max(id), 0) from archive")
NOTES=()
if has_api /api/v1/customers/imports; then
    log "importing $COUNT customers through POST /api/v1/customers/imports"
    LOAD_START=$(now_ns)
    RESPONSE=$(curl -s "${AUTH[@]}" -F "file=@$CSV;type=text/csv" -F policy=VALID_ROWS "$BASE/api/v1/customers/imports")
    RUN_ID=$(echo "$RESPONSE" | json_number id)
    if [[ -z "$RUN_ID" ]]; then
        echo "$RESPONSE" >&2
        [[ "$RESPONSE" == *'"status":404'* ]] || die "the import was refused"
    fi
fi
# wait_import <run id> → sets RUN_JSON and STATUS when the import run has ended
wait_import() {
    STATUS=""
    while :; do
        RUN_JSON=$(curl -s "${AUTH[@]}" "$BASE/api/v1/customers/imports/$1?size=5")
        STATUS=$(echo "$RUN_JSON" | json_string status)
        case "$STATUS" in IMPORTED | REFUSED | FAILED | CANCELLED | VALIDATED) break ;; esac
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server died during the import"
        sleep 0.5
    done
}
if [[ -n "${RUN_ID:-}" ]]; then
    wait_import "$RUN_ID"
    LOAD_SECONDS=$(seconds_since "$LOAD_START")
    IMPORTED=$(echo "$RUN_JSON" | json_number rowsImported)
    echo "$RUN_JSON" >"$RUN/import-run.json"
    log "import $STATUS: ${IMPORTED:-0} rows in $LOAD_SECONDS s (rejected $(echo "$RUN_JSON" | json_number rowsRejected))"
    [[ "$STATUS" == IMPORTED && "${IMPORTED:-0}" -gt 0 ]] || die "the import ended $STATUS (see $RUN/import-run.json)"
    [[ "$IMPORTED" -eq "$COUNT" ]] || { FAILED=1; NOTES+=("import took $IMPORTED of $COUNT rows"); }
    meta load_method "import API (CSV, UTF-8 with BOM)"
    meta load_seconds "$LOAD_SECONDS"
    meta load_rows_per_s "$(awk -v n="$IMPORTED" -v s="$LOAD_SECONDS" 'BEGIN { printf "%.0f", n / s }')"
    LOADED=$IMPORTED
elif [[ "$SCALE" == small || "${BENCH_ALLOW_REST_LOAD:-0}" == 1 ]]; then
    log "import API not available: creating $COUNT customers through POST /api/v1/customers ($LOAD_PARALLEL at a time)"
    LOAD_OUT=$(tool load --csv "$CSV" --base "$BASE" --token "$TOKEN" --parallel "$LOAD_PARALLEL") || { echo "$LOAD_OUT"; die "loading through the REST API failed"; }
    echo "$LOAD_OUT"
    LOADED=$(echo "$LOAD_OUT" | grep -o 'load_created=[0-9]*' | cut -d= -f2)
    meta load_method "REST API, POST /api/v1/customers, $LOAD_PARALLEL at a time (import API not available)"
    meta load_seconds "$(echo "$LOAD_OUT" | grep -o 'load_seconds=[0-9.]*' | cut -d= -f2)"
    meta load_rows_per_s "$(echo "$LOAD_OUT" | grep -o 'load_rows_per_s=[0-9.]*' | cut -d= -f2)"
    NOTES+=("import (API not available on this build)")
else
    meta loaded 0
    meta notes "could not load $COUNT customers: the import API (POST /api/v1/customers/imports) is not available on this build, and loading this many through the REST API one by one would take hours (BENCH_ALLOW_REST_LOAD=1 forces it)"
    die "could not load $COUNT customers: the import API is not available (REST loading of this scale would take hours; BENCH_ALLOW_REST_LOAD=1 forces it)"
fi
meta loaded "$(printf "%'d" "$LOADED" 2>/dev/null || echo "$LOADED")"
meta loaded_rows "$LOADED"
LOADED_NS=$(now_ns)
# Planner statistics for the new rows, as autovacuum (PostgreSQL) or H2's automatic ANALYZE would gather them
# soon after a large load; the machines here run PostgreSQL with autovacuum off, where they would never come.
ANALYZE_START=$(now_ns)
sql exec --sql "analyze"
meta analyze_seconds "$(seconds_since "$ANALYZE_START")"
[[ "$DB" == postgres ]] && meta autovacuum "$(sql scalar --sql 'show autovacuum')"
meta customers_total "$(printf "%'d" "$(sql scalar --sql 'select count(*) from customer')")"
sql ids --after "$BEFORE" --count 10000 --seed "$SEED" --out "$RUN/ids.txt"

# --- search index ---------------------------------------------------------------------------------------------
SEARCH=0
if has_api /api/v1/customers/search && [[ $(status_of "${AUTH[@]}" "$BASE/api/v1/customers/search?q=1") != 404 ]]; then
    SEARCH=1
fi
if [[ $SEARCH == 1 ]] && has_api /api/v1/customers/search-index/rebuild; then
    # Customers created one by one are indexed with their transaction; imported ones by the application
    # after the import commits, a chunk at a time. Wait while the index grows; rebuild only when it stops
    # growing short of the customers in the database.
    INDEX_START=$LOADED_NS
    TOTAL=$(sql scalar --sql "select count(*) from customer")
    INDEX_METHOD="indexed by the application after loading"
    LAST_DOCS=-1
    STALLED_SINCE=$(now_ns)
    REBUILT=0
    while :; do
        STATE_JSON=$(curl -s "${AUTH[@]}" "$BASE/api/v1/customers/search-index/rebuild")
        STATE=$(echo "$STATE_JSON" | json_string state)
        DOCS=$(echo "$STATE_JSON" | json_number documents)
        DOCS=${DOCS:-0}
        [[ "$STATE" == FAILED && $REBUILT == 1 ]] && die "the search index rebuild failed: $STATE_JSON"
        if [[ "$STATE" != RUNNING ]]; then
            [[ "$DOCS" -ge "$TOTAL" ]] && break
            [[ $REBUILT == 1 ]] && { log "index holds $DOCS of $TOTAL customers after the rebuild"; break; }
        fi
        if [[ "$DOCS" != "$LAST_DOCS" ]]; then
            LAST_DOCS=$DOCS
            STALLED_SINCE=$(now_ns)
        elif [[ "$STATE" != RUNNING && $REBUILT == 0 \
            && $(awk -v a="$STALLED_SINCE" -v b="$(now_ns)" 'BEGIN { print ((b - a) > 20e9) }') == 1 ]]; then
            log "search index holds $DOCS of $TOTAL customers and stopped growing: rebuilding"
            curl -s -o /dev/null "${AUTH[@]}" -X POST "$BASE/api/v1/customers/search-index/rebuild"
            INDEX_METHOD="rebuild through POST /api/v1/customers/search-index/rebuild"
            REBUILT=1
        fi
        [[ $(awk -v a="$INDEX_START" -v b="$(now_ns)" 'BEGIN { print ((b - a) > 3600e9) }') == 1 ]] && die "search index not ready after an hour: $STATE_JSON"
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server died while indexing"
        sleep 1
    done
    meta index_seconds "$(seconds_since "$INDEX_START")"
    meta index_method "$INDEX_METHOD"
    log "search index ready ($DOCS documents)"
fi
[[ $SEARCH == 1 ]] || {
    NOTES+=("search (GET /api/v1/customers/search not available on this build)")
    meta unavailable_search "not available (endpoint answered 404)"
}

# --- the database's own bulk load of the same rows (the server is idle now), for the import ratio ---
case "$DB" in
    postgres)
        log "bulk load: psql \\copy of the CSV into a staging table"
        export PGPASSWORD=$DB_PASSWORD
        PSQL=(psql -h 127.0.0.1 -U "$DB_USER" -d kehu_bench -v ON_ERROR_STOP=1 -qtA)
        "${PSQL[@]}" -c "drop table if exists bench_staging; create table bench_staging (kind varchar(10), name varchar(200), id_number varchar(30), mobile varchar(20), landline varchar(30), region_code varchar(12), address varchar(200), source varchar(50), status varchar(10), tags varchar(200))"
        BULK_START=$(now_ns)
        BULK_OUT=$("${PSQL[@]}" -c "\\copy bench_staging from '$CSV' with (format csv, header true, encoding 'UTF8')")
        BULK_SECONDS=$(seconds_since "$BULK_START")
        BULK_ROWS=$("${PSQL[@]}" -c "select count(*) from bench_staging")
        "${PSQL[@]}" -c "drop table bench_staging"
        meta bulk_method "PostgreSQL COPY (psql \\copy) into an unindexed staging table"
        ;;
    h2)
        log "bulk load: H2 CSVREAD into a staging table of a scratch database"
        rm -rf "$RUN/scratch"
        BULK_OUT=$(java -cp "$BENCH/classes:$DRIVER" SqlLike bulk-h2 --url "jdbc:h2:file:$RUN/scratch/bulk" --user sa --password "" --csv "$CSV")
        BULK_SECONDS=$(echo "$BULK_OUT" | grep -o 'bulk_seconds=[0-9.]*' | cut -d= -f2)
        BULK_ROWS=$(echo "$BULK_OUT" | grep -o 'bulk_rows=[0-9]*' | cut -d= -f2)
        rm -rf "$RUN/scratch"
        meta bulk_method "H2 INSERT … SELECT FROM CSVREAD into an unindexed staging table (same H2 version, own process)"
        ;;
esac
meta bulk_seconds "$BULK_SECONDS"
meta bulk_rows "$(printf "%'d" "$BULK_ROWS" 2>/dev/null || echo "$BULK_ROWS")"
meta bulk_rows_per_s "$(awk -v n="$BULK_ROWS" -v s="$BULK_SECONDS" 'BEGIN { printf "%.0f", n / s }')"
log "bulk load: $BULK_ROWS rows in $BULK_SECONDS s"

# --- the customers' archives (ARC-1: opened by the application after the import, one transaction each) -----
ARCHIVE_TARGET=$(sql scalar --sql "select count(*) from customer where id > $BEFORE")
LAST_ARCHIVES=-1
STALLED_SINCE=$(now_ns)
while :; do
    ARCHIVES=$(sql scalar --sql "select count(*) from archive where id > $BEFORE_ARCHIVE")
    [[ "$ARCHIVES" -ge "$ARCHIVE_TARGET" ]] && break
    if [[ "$ARCHIVES" != "$LAST_ARCHIVES" ]]; then
        LAST_ARCHIVES=$ARCHIVES
        STALLED_SINCE=$(now_ns)
    elif [[ $(awk -v a="$STALLED_SINCE" -v b="$(now_ns)" 'BEGIN { print ((b - a) > 60e9) }') == 1 ]]; then
        log "archives stopped at $ARCHIVES of $ARCHIVE_TARGET customers"
        FAILED=1
        NOTES+=("archives opened for $ARCHIVES of $ARCHIVE_TARGET loaded customers")
        break
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server died while opening archives"
    sleep 2
done
meta archives_seconds "$(seconds_since "$LOADED_NS")"
meta archives_opened "$ARCHIVES"
log "archives: $ARCHIVES opened, $(seconds_since "$LOADED_NS") s after the import"
sql ids --table archive --after "$BEFORE_ARCHIVE" --count 10000 --seed "$SEED" --out "$RUN/archive-ids.txt"

# --- documents with real files, the integrity sweep beside sha256sum (ARC-3, ARC-10) ---------------------------
if [[ "$DOCUMENTS" -gt 0 ]]; then
    log "filing $DOCUMENTS documents (scanned A4 pages, JPEG) through POST /api/v1/archives/{id}/documents"
    if DOCS_OUT=$(tool documents --base "$BASE" --token "$TOKEN" --archives "$RUN/archive-ids.txt" --count "$DOCUMENTS" \
        --per-archive 5 --seed "$SEED" --parallel "$LOAD_PARALLEL"); then :; else
        FAILED=1
        NOTES+=("documents: not every filing succeeded")
    fi
    echo "$DOCS_OUT"
    for key in documents_filed documents_failed documents_seconds documents_per_s documents_bytes documents_archives; do
        meta "$key" "$(echo "$DOCS_OUT" | grep -o "$key=[0-9.]*" | cut -d= -f2)"
    done
    if [[ "$SWEEP" == 1 ]]; then
        FILES_DIR="$RUN/data/archive-files"
        # each side reads from disk when the page cache may be dropped (root on a machine that allows it)
        drop_caches() { sync && { echo 3 >/proc/sys/vm/drop_caches; } 2>/dev/null; }
        if drop_caches; then CACHE=dropped; else CACHE=warm; fi
        meta page_cache "$CACHE"
        log "integrity sweep over all archives (POST /api/v1/archives/integrity-runs; page cache $CACHE)"
        SWEEP_START=$(now_ns)
        SWEEP_JSON=$(curl -s --max-time 7200 "${AUTH[@]}" -X POST "$BASE/api/v1/archives/integrity-runs")
        INTEGRITY_SECONDS=$(seconds_since "$SWEEP_START")
        meta integrity_seconds "$INTEGRITY_SECONDS"
        for key in archivesChecked filesChecked bytesHashed problems; do
            meta "integrity_$key" "$(echo "$SWEEP_JSON" | json_number "$key")"
        done
        [[ "$(echo "$SWEEP_JSON" | json_number problems)" == 0 ]] || { FAILED=1; NOTES+=("integrity sweep: $(echo "$SWEEP_JSON" | head -c 300)"); }
        [[ "$CACHE" == dropped ]] && drop_caches
        log "sha256sum over the same files (one process, as the sweep is one thread)"
        SHA_START=$(now_ns)
        find "$FILES_DIR" -type f ! -path '*/.staging/*' -print0 | xargs -0 -r sha256sum >/dev/null
        meta sha256sum_seconds "$(seconds_since "$SHA_START")"
        meta sha256sum_bytes "$(find "$FILES_DIR" -type f ! -path '*/.staging/*' -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }')"
        meta sha256sum_files "$(find "$FILES_DIR" -type f ! -path '*/.staging/*' | wc -l)"
        log "integrity sweep $INTEGRITY_SECONDS s; sha256sum $(grep '^sha256sum_seconds=' "$META" | cut -d= -f2) s"
    else
        NOTES+=("integrity sweep (BENCH_SWEEP=1 runs it; it visits every archive, $(printf "%'d" "$ARCHIVE_TARGET") here)")
    fi
fi

# --- closed customers: their archives in the closed section, destroyable from a date (ARC-8 disposition list) ------
if [[ "$CLOSE" -gt 0 ]]; then
    CLOSED_BEFORE=$(sql scalar --sql "select count(*) from archive where status = 'CLOSED'")
    sql ids --after "$BEFORE" --count "$CLOSE" --seed "$((SEED + 1))" --out "$RUN/closed-ids.txt"
    log "closing $CLOSE customers through POST /api/v1/customers/{id}/close"
    if CLOSE_OUT=$(tool close --base "$BASE" --token "$TOKEN" --ids "$RUN/closed-ids.txt" --parallel "$LOAD_PARALLEL"); then :; else
        FAILED=1
        NOTES+=("closing customers: not every close succeeded")
    fi
    echo "$CLOSE_OUT"
    for key in closed close_seconds close_per_s; do meta "$key" "$(echo "$CLOSE_OUT" | grep -o "$key=[0-9.]*" | cut -d= -f2)"; done
    CLOSED_TARGET=$((CLOSED_BEFORE + $(echo "$CLOSE_OUT" | grep -o 'closed=[0-9]*' | cut -d= -f2)))
    CLOSE_WAIT=$(now_ns)
    until [[ $(sql scalar --sql "select count(*) from archive where status = 'CLOSED'") -ge $CLOSED_TARGET ]]; do
        if [[ $(awk -v a="$CLOSE_WAIT" -v b="$(now_ns)" 'BEGIN { print ((b - a) > 300e9) }') == 1 ]]; then
            FAILED=1
            NOTES+=("archives of closed customers not closed within 5 minutes")
            break
        fi
        sleep 1
    done
    # the disposition list up to the end of the year the last of them becomes destroyable: all of them
    DESTROY_YEAR=$(sql scalar --sql "select max(destroy_on) from archive where status = 'CLOSED'" | cut -c1-4)
    if [[ "$DESTROY_YEAR" =~ ^[0-9]{4}$ ]]; then
        echo "$DESTROY_YEAR-12-31" >"$RUN/destroy-by.txt"
        meta disposition_year "$DESTROY_YEAR"
        meta disposition_rows "$(sql scalar --sql "select count(*) from archive where status = 'CLOSED' and destroy_on <= date '$DESTROY_YEAR-12-31'")"
    fi
fi

# --- the service desk's matters, straight into the database (history as a migration would bring it) -------
if [[ "$OPEN" -gt 0 || "$HISTORY" -gt 0 ]]; then
    log "loading $HISTORY closed and $OPEN open matters ($DUE of them due for the next time-limit sweep)"
    SWEEPS_BEFORE=$(grep -c 'Time-limit sweep fired' "$RUN/server.out" || true)
    MATTERS_OUT=$(java -cp "$BENCH/classes:$DRIVER" MatterLoader --url "$DB_URL" --user "$DB_USER" --password "$DB_PASSWORD" \
        --history "$HISTORY" --open "$OPEN" --due "$DUE" --seed "$SEED") || die "loading the matters failed"
    MATTERS_LOADED_NS=$(now_ns)
    meta matters_history "$HISTORY"
    meta matters_open "$OPEN"
    meta matters_due "$DUE"
    MATTERS_SECONDS=$(echo "$MATTERS_OUT" | grep -o 'matters_seconds=[0-9.]*' | cut -d= -f2)
    meta matters_seconds "$MATTERS_SECONDS"
    meta matters_total "$(sql scalar --sql 'select count(*) from sd_matter')"
    sql exec --sql "analyze"
    log "matters loaded in $MATTERS_SECONDS s"
    # the sweep runs every minute (kehu.servicedesk.sweep-interval); it logs how long firing took
    if [[ "$DUE" -gt 0 ]]; then
        SWEEP_LINE=""
        until [[ -n "$SWEEP_LINE" ]]; do
            SWEEP_LINE=$(grep 'Time-limit sweep fired' "$RUN/server.out" | tail -n +"$((SWEEPS_BEFORE + 1))" | head -1 || true)
            [[ $(awk -v a="$MATTERS_LOADED_NS" -v b="$(now_ns)" 'BEGIN { print ((b - a) > 180e9) }') == 1 ]] && break
            sleep 1
        done
        if [[ -n "$SWEEP_LINE" ]]; then
            meta sweep_alerts "$(echo "$SWEEP_LINE" | sed -E 's/.*fired ([0-9]+) alerts.*/\1/')"
            meta sweep_ms "$(echo "$SWEEP_LINE" | sed -E 's/.* in ([0-9]+) ms.*/\1/')"
            log "time-limit sweep: $(echo "$SWEEP_LINE" | sed -E 's/.*(fired .*)/\1/')"
        else
            FAILED=1
            NOTES+=("no time-limit sweep fired within 3 minutes of loading the matters")
        fi
    fi
fi
# a month of the history for the complaint analysis: the month before last
MONTH_FROM=$(date -d "$(date +%Y-%m-01) -2 month" +%Y-%m-%d)
MONTH_TO=$(date -d "$(date +%Y-%m-01) -1 month -1 day" +%Y-%m-%d)
meta complaint_month "$MONTH_FROM … $MONTH_TO"

# --- load steps -------------------------------------------------------------------------------------------------
sign_in_pages
export BENCH_DATA="$RUN" BENCH_TOKEN="$TOKEN" BENCH_COOKIE="$COOKIE" BENCH_WRK_DIR="$WRK_DIR" BENCH_SEARCH="$SEARCH" \
    BENCH_MONTH_FROM="$MONTH_FROM" BENCH_MONTH_TO="$MONTH_TO"
PEAK_FILE="$RUN/peak-rss"
sampler() {
    local max=0 r
    while :; do
        r=$(awk '/^VmRSS/ { print $2 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0)
        if ((r > max)); then max=$r; echo "$max" >"$PEAK_FILE.tmp" && mv -f "$PEAK_FILE.tmp" "$PEAK_FILE"; fi
        sleep 0.2
    done
}

# machine-wide count of connections the kernel could not queue for accepting (diagnostic for socket errors)
listen_overflows() {
    awk '/^TcpExt:/ { if (!seen) { split($0, names); seen = 1 } else { for (i = 2; i <= NF; i++) if (names[i] == "ListenOverflows") print $i } }' /proc/net/netstat 2>/dev/null || echo 0
}

# wrk_step <label> <script> <connections> <seconds> → prints the result fields, returns 1 on errors
wrk_step() {
    local label=$1 script=$2 conns=$3 seconds=$4
    local threads=$((conns < 2 ? conns : 2))
    local out="$RUN/wrk/$label.txt"
    echo 0 >"$PEAK_FILE"
    sampler &
    SAMPLER_PID=$!
    local ticks0 start overflows0
    overflows0=$(listen_overflows)
    ticks0=$(cpu_ticks)
    start=$(now_ns)
    wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout "${TIMEOUT}s" --latency -s "$WRK_DIR/$script.lua" "$BASE" >"$out" 2>&1 || true
    local elapsed ticks1
    elapsed=$(seconds_since "$start")
    ticks1=$(cpu_ticks)
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
    local line cpu peak verdict=ok
    line=$(grep '^BENCH ' "$out" | head -1 | sed 's/^BENCH //')
    cpu=$(awk -v t="$((ticks1 - ticks0))" -v hz="$CLK_TCK" -v s="$elapsed" 'BEGIN { printf "%.0f", 100 * t / hz / s }')
    peak=$(awk '{ printf "%.0f", $1 / 1024 }' "$PEAK_FILE")
    if [[ -z "$line" ]]; then
        verdict=FAILED
        line="requests=0"
    elif ! echo "$line" | grep -q 'non2xx=0 socket_errors=0'; then
        verdict=FAILED
    elif echo "$line" | grep -q '^requests=0 '; then
        # nothing answered within the step (wrk counts a request only when its answer came)
        verdict=FAILED
    fi
    echo "$line cpu_pct=$cpu peak_rss_mb=$peak listen_overflows=$(($(listen_overflows) - overflows0)) verdict=$verdict"
    [[ $verdict == ok ]]
}

# probe <path> <auth…>: the scenario's endpoint answers 2xx (0), 404 (1, not available) or else (2)
probe() {
    local code
    code=$(status_of "${@:2}" "$BASE$1")
    case "$code" in 2??) return 0 ;; 404) return 1 ;; *) log "probe $1 answered $code"; return 2 ;; esac
}

FIRST_ID=$(head -1 "$RUN/ids.txt")
PROVINCE=$(head -1 "$RUN/provinces.txt" | cut -f1)
for scenario in $SCENARIOS; do
    case "$scenario" in
        constant) PROBE=(/bench/constant) ;;
        page) PROBE=("/customers/$FIRST_ID" -H "Cookie: $COOKIE") ;;
        list) PROBE=("/customers?status=ACTIVE&province=$PROVINCE" -H "Cookie: $COOKIE") ;;
        api_list) PROBE=("/api/v1/customers?status=ACTIVE&regionCode=$PROVINCE" "${AUTH[@]}") ;;
        search)
            if [[ $SEARCH != 1 ]]; then
                echo "type=load scenario=search verdict=not_available" >>"$RESULTS"
                log "search: not available"
                continue
            fi
            PROBE=("/customers?q=$(sed -n 1p "$RUN/terms-name2.txt" | cut -f2)" -H "Cookie: $COOKIE" -H "HX-Request: true")
            ;;
        archive_page) PROBE=("/archives/$(head -1 "$RUN/archive-ids.txt")" -H "Cookie: $COOKIE") ;;
        disposition)
            if [[ ! -s "$RUN/destroy-by.txt" ]]; then
                echo "type=load scenario=disposition verdict=not_available" >>"$RESULTS"
                log "disposition: no closed archives"
                continue
            fi
            PROBE=("/archives?destroyBy=$(cat "$RUN/destroy-by.txt")" -H "Cookie: $COOKIE")
            ;;
        matters) PROBE=("/service/matters" -H "Cookie: $COOKIE") ;;
        intake_search) PROBE=("/service/intake/customers?customerQuery=$(sed -n 1p "$RUN/terms-name2.txt" | cut -f2)" -H "Cookie: $COOKIE" -H "HX-Request: true") ;;
        intake_create) PROBE=("/api/v1/service/matters?size=1" "${AUTH[@]}") ;;
        mix) PROBE=("/customers/$FIRST_ID" -H "Cookie: $COOKIE") ;;
        *) die "unknown scenario $scenario" ;;
    esac
    set +e
    probe "${PROBE[@]}"
    rc=$?
    set -e
    if [[ $rc == 1 ]]; then
        echo "type=load scenario=$scenario verdict=not_available" >>"$RESULTS"
        log "$scenario: not available (404)"
        continue
    elif [[ $rc == 2 ]]; then
        echo "type=load scenario=$scenario conns=- verdict=FAILED non2xx=1 socket_errors=0" >>"$RESULTS"
        FAILED=1
        continue
    fi
    MIX=""
    [[ $scenario == mix ]] && MIX=" mix=$([[ $SEARCH == 1 ]] && echo with_search || echo without_search)"
    log "$scenario: warm-up $WARMUP s"
    wrk -t2 -c10 -d"${WARMUP}s" --timeout "${TIMEOUT}s" -s "$WRK_DIR/$scenario.lua" "$BASE" >"$RUN/wrk/$scenario-warmup.txt" 2>&1 || true
    for conns in $CONNECTIONS; do
        if fields=$(wrk_step "$scenario-$conns" "$scenario" "$conns" "$DURATION"); then :; else FAILED=1; fi
        echo "type=load scenario=$scenario conns=$conns$MIX $fields" >>"$RESULTS"
        log "$scenario @ $conns: $fields"
    done
done

# --- one user typing: search beside SQL LIKE -------------------------------------------------------------
if [[ $SEARCH == 1 ]]; then
    for kind in name1 name2 pinyin phone4; do
        if fields=$(BENCH_KIND=$kind wrk_step "search-serial-$kind" search_api 1 "$SERIAL"); then :; else FAILED=1; fi
        echo "type=serial kind=$kind conns=1 $fields" >>"$RESULTS"
        log "search $kind, one user: $fields"
    done
fi
# --- one supervisor: the monthly complaint analysis over the history ---------------------------------------
if [[ "$HISTORY" -gt 0 ]]; then
    if fields=$(wrk_step "report-complaints" complaints 1 "$SERIAL"); then :; else FAILED=1; fi
    echo "type=report kind=complaints conns=1 $fields" >>"$RESULTS"
    log "complaint analysis, one user: $fields"
fi
log "SQL LIKE lookups over JDBC (one connection)"
sql like --terms "$RUN" --seconds "$SERIAL" --max 2000 | tee -a "$RESULTS"

# --- an .xlsx import of as many other customers (CUS-8: CSV and xlsx each within 2 minutes, heap within -Xmx) ---
# Runs last because it doubles the customers. The rows come from the generator with the next seed (other
# people, so the duplicate check finds next to nothing) and are converted to a workbook with fastexcel, the
# library Kehu's own export uses, taken from Kehu's jar.
XLSX_DEFAULT=1
[[ "$SCALE" == small ]] && XLSX_DEFAULT=0
if [[ "${BENCH_XLSX:-$XLSX_DEFAULT}" == 1 && -n "${RUN_ID:-}" ]]; then
    XSEED=$((SEED + 1))
    XCSV="$BENCH/customers-$SCALE-seed$XSEED.csv"
    XLSX="$BENCH/customers-$SCALE-seed$XSEED.xlsx"
    if [[ ! -f "$XCSV" ]] || [[ bench/CustomerGenerator.java -nt "$XCSV" ]]; then
        log "generating $COUNT other customers (seed $XSEED) for the xlsx import"
        java bench/CustomerGenerator.java --count "$COUNT" --seed "$XSEED" --out "$XCSV" >/dev/null
    fi
    if [[ ! -f "$XLSX" ]] || [[ "$XCSV" -nt "$XLSX" ]] || [[ bench/CsvToXlsx.java -nt "$XLSX" ]]; then
        log "converting them to $XLSX"
        rm -rf "$BENCH/xlsxlib" && mkdir -p "$BENCH/xlsxlib"
        unzip -q -o -j "$JAR" 'BOOT-INF/lib/fastexcel-*.jar' 'BOOT-INF/lib/opczip-*.jar' -d "$BENCH/xlsxlib" || die "no fastexcel in the jar"
        javac -encoding UTF-8 -cp "$BENCH/xlsxlib/*" -d "$BENCH/classes" bench/CsvToXlsx.java
        java -cp "$BENCH/xlsxlib/*:$BENCH/classes" CsvToXlsx --csv "$XCSV" --out "$XLSX" || die "could not write $XLSX"
    fi
    log "importing $COUNT customers from $(basename "$XLSX") ($(du -m "$XLSX" | cut -f1) MB) through POST /api/v1/customers/imports"
    XLSX_START=$(now_ns)
    RESPONSE=$(curl -s "${AUTH[@]}" -F "file=@$XLSX;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
        -F policy=VALID_ROWS "$BASE/api/v1/customers/imports")
    XRUN_ID=$(echo "$RESPONSE" | json_number id)
    if [[ -z "$XRUN_ID" ]]; then
        echo "$RESPONSE" >&2
        FAILED=1
        NOTES+=("the xlsx import was refused")
    else
        wait_import "$XRUN_ID"
        XLSX_SECONDS=$(seconds_since "$XLSX_START")
        echo "$RUN_JSON" >"$RUN/import-xlsx-run.json"
        XIMPORTED=$(echo "$RUN_JSON" | json_number rowsImported)
        log "xlsx import $STATUS: ${XIMPORTED:-0} rows in $XLSX_SECONDS s (rejected $(echo "$RUN_JSON" | json_number rowsRejected), warned $(echo "$RUN_JSON" | json_number rowsWarned))"
        if [[ "$STATUS" != IMPORTED ]]; then
            FAILED=1
            NOTES+=("the xlsx import ended $STATUS")
        fi
        meta xlsx_seconds "$XLSX_SECONDS"
        meta xlsx_rows "${XIMPORTED:-0}"
        meta xlsx_mb "$(du -m "$XLSX" | cut -f1)"
        meta xlsx_rows_per_s "$(awk -v n="${XIMPORTED:-0}" -v s="$XLSX_SECONDS" 'BEGIN { printf "%.0f", n / s }')"
    fi
fi

# --- finish -----------------------------------------------------------------------------------------------------
meta final_rss_mb "$(rss_mb)"
cleanup
SERVER_PID=""
meta notes "$(IFS=';'; echo "${NOTES[*]:-}" | sed 's/;/; /g')"
[[ $FAILED == 1 ]] && meta verdict FAILED
if [[ "${BENCH_DOC:-1}" != 0 ]]; then
    tool report --dir "$RUN" --doc "$ROOT/docs/performance.md" --key "$SCALE-$DB" >"$RUN/report.out"
else
    tool report --dir "$RUN" >"$RUN/report.out"
fi
cat "$RUN/report.md"
log "done in $(($(date +%s) - T0)) s; results in $RUN$([[ "${BENCH_DOC:-1}" != 0 ]] && echo " and docs/performance.md")"
exit $FAILED

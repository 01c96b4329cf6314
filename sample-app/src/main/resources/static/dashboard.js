// The dashboard reads the actuator's JSON endpoints only: what it shows is what Prometheus and Grafana see.
'use strict';

const REQUESTS = 'ispconfig.client.requests';

async function json(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
        const error = new Error(path + ': HTTP ' + response.status);
        error.status = response.status;
        throw error;
    }
    return response.json();
}

/** A meter's statistic, or 0 when the meter does not exist yet (no call made). */
async function statistic(name, statisticName, tags = []) {
    const query = tags.map(tag => 'tag=' + encodeURIComponent(tag)).join('&');
    try {
        const meter = await json('/actuator/metrics/' + name + (query ? '?' + query : ''));
        const found = meter.measurements.find(m => m.statistic === statisticName);
        return found ? found.value : 0;
    } catch (e) {
        if (e.status === 404) {
            return 0; // the meter does not exist yet; any other failure is no zero, and fails the refresh
        }
        throw e;
    }
}

async function tagValues(name, tag) {
    try {
        const meter = await json('/actuator/metrics/' + name);
        const found = meter.availableTags.find(t => t.tag === tag);
        return found ? found.values.slice().sort() : [];
    } catch (e) {
        if (e.status === 404) {
            return [];
        }
        throw e;
    }
}

function text(id, value) {
    document.getElementById(id).textContent = value;
}

function rows(tableId, data) {
    const body = document.querySelector('#' + tableId + ' tbody');
    body.replaceChildren(...data.map(cells => {
        const row = document.createElement('tr');
        cells.forEach((cell, i) => {
            const td = document.createElement('td');
            td.textContent = cell;
            if (i > 0 && typeof cell === 'number') {
                td.className = 'num';
            }
            row.appendChild(td);
        });
        return row;
    }));
}

async function refreshHealth() {
    let component;
    try {
        const health = await fetch('/actuator/health').then(r => r.json());
        component = (health.components || {}).ispconfig || { status: 'UNKNOWN' };
    } catch (e) {
        component = { status: 'UNREACHABLE' };
    }
    text('health-status', component.status);
    document.getElementById('health').className = 'badge ' + (component.status === 'UP' ? 'up' : 'down');
    const details = component.details || {};
    if (details.functions !== undefined) {
        text('drift', (details.missingCount || 0) + (details.extraCount || 0));
        text('drift-detail', details.functions + ' functions, SDK ' + details.inventory);
    }
    text('health-details', JSON.stringify(details, null, 2));
}

async function refreshCalls() {
    const total = await statistic(REQUESTS, 'COUNT');
    text('total-calls', total);
    const methods = await tagValues(REQUESTS, 'method');
    const perMethod = await Promise.all(methods.map(async method => {
        const tag = ['method:' + method];
        const count = await statistic(REQUESTS, 'COUNT', tag);
        const total = await statistic(REQUESTS, 'TOTAL_TIME', tag);
        const max = await statistic(REQUESTS, 'MAX', tag);
        return [method, count, count ? Math.round(total * 1000 / count * 10) / 10 : 0, Math.round(max * 10000) / 10];
    }));
    rows('methods', perMethod);
    const buckets = await latencyBuckets();

    const outcomes = (await tagValues(REQUESTS, 'outcome')).filter(outcome => outcome !== 'SUCCESS');
    const codes = await tagValues(REQUESTS, 'fault.code');
    const errors = [];
    const errorsByCode = {};
    let totalErrors = 0;
    for (const outcome of outcomes) {
        for (const code of codes) {
            const count = await statistic(REQUESTS, 'COUNT', ['outcome:' + outcome, 'fault.code:' + code]);
            if (count > 0) {
                errors.push([outcome, code, count]);
                errorsByCode[code] = (errorsByCode[code] || 0) + count;
                totalErrors += count;
            }
        }
    }
    rows('errors', errors);
    text('total-errors', totalErrors);
    return { total, buckets, errorsByCode };
}

async function refreshSessions() {
    text('live-sessions', await statistic('ispconfig.client.sessions.live', 'VALUE'));
    const reasons = ['initial', 'proactive_refresh', 'expiry'];
    const counts = await Promise.all(reasons.map(reason =>
        statistic('ispconfig.client.logins', 'COUNT', ['reason:' + reason])));
    text('logins', counts.reduce((a, b) => a + b, 0));
    text('logins-by-reason', reasons.map((reason, i) => reason + ' ' + counts[i]).join(' · '));
    text('retries', await statistic('ispconfig.client.retries', 'COUNT'));
    const loginsByReason = {};
    reasons.forEach((reason, i) => { loginsByReason[reason] = counts[i]; });
    return { loginsByReason };
}

/**
 * The latency histogram of successful calls per method, from the Prometheus scrape (the buckets the Grafana
 * dashboard's quantiles come from): method to an array of [upper bound in seconds, cumulative count].
 */
async function latencyBuckets() {
    const response = await fetch('/actuator/prometheus');
    if (!response.ok) {
        throw new Error('/actuator/prometheus: HTTP ' + response.status);
    }
    const scrape = await response.text();
    const byMethod = {};
    for (const line of scrape.split('\n')) {
        if (!line.startsWith('ispconfig_client_requests_seconds_bucket{')) {
            continue;
        }
        const labels = line.substring(line.indexOf('{') + 1, line.lastIndexOf('}'));
        const value = Number(line.substring(line.lastIndexOf('}') + 1).trim().split(' ')[0]);
        const label = name => (labels.match(new RegExp('(?:^|,)' + name + '="([^"]*)"')) || [])[1];
        if (label('outcome') !== 'SUCCESS') {
            continue;
        }
        const method = label('method');
        const le = label('le') === '+Inf' ? Infinity : Number(label('le'));
        const buckets = byMethod[method] || (byMethod[method] = {});
        buckets[le] = (buckets[le] || 0) + value;
    }
    const result = {};
    Object.keys(byMethod).forEach(method => {
        result[method] = Object.keys(byMethod[method]).map(Number).sort((a, b) => a - b)
            .map(le => [le, byMethod[method][le]]);
    });
    return result;
}

/** The quantile q of the calls between two cumulative histograms, interpolated within its bucket, in ms. */
function quantile(q, now, before) {
    const counts = now.map(([le, count], i) => [le, count - ((before && before[i] && before[i][0] === le)
        ? before[i][1] : 0)]);
    const total = counts.length ? counts[counts.length - 1][1] : 0;
    if (total <= 0) {
        return null;
    }
    const rank = q * total;
    let lower = 0;
    let below = 0;
    for (const [le, count] of counts) {
        if (count >= rank) {
            const upper = le === Infinity ? lower : le;
            const share = count === below ? 0 : (rank - below) / (count - below);
            return (lower + (upper - lower) * share) * 1000;
        }
        lower = le;
        below = count;
    }
    return lower * 1000;
}

let previous = null;

/** Turns two snapshots of the counters into rates, one point per chart. */
function plot(calls, sessions) {
    const now = Date.now() / 1000;
    const charts = window.dashboardCharts;
    if (previous !== null && now > previous.time) {
        const seconds = now - previous.time;
        const rate = (value, before) => Math.max(0, value - (before || 0)) / seconds;
        charts.calls.add(now, { calls: rate(calls.total, previous.calls.total) });
        const errorRates = {};
        Object.keys(calls.errorsByCode).forEach(code => {
            errorRates[code] = rate(calls.errorsByCode[code], previous.calls.errorsByCode[code]);
        });
        charts.errors.add(now, Object.keys(errorRates).length ? errorRates : { none: 0 });
        const loginRates = {};
        Object.keys(sessions.loginsByReason).forEach(reason => {
            loginRates[reason] = 60 * rate(sessions.loginsByReason[reason], previous.sessions.loginsByReason[reason]);
        });
        charts.logins.add(now, loginRates);
        const latency = {};
        const busiest = Object.keys(calls.buckets).map(method => {
            const b = calls.buckets[method];
            const before = previous.calls.buckets[method];
            return [method, (b.length ? b[b.length - 1][1] : 0) - (before && before.length ? before[before.length - 1][1] : 0)];
        }).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, 3);
        for (const [method] of busiest) {
            latency[method + ' p50'] = quantile(0.5, calls.buckets[method], previous.calls.buckets[method]);
            latency[method + ' p95'] = quantile(0.95, calls.buckets[method], previous.calls.buckets[method]);
        }
        // A point every refresh, calls or not: a method called once then shows as a dot on a moving time axis.
        charts.latency.add(now, latency);
    }
    previous = { time: now, calls, sessions };
}

let refreshing = false;

async function refresh() {
    if (refreshing) {
        return; // a slow answer: skip this tick rather than pile requests up
    }
    refreshing = true;
    try {
        const [, calls, sessions] = await Promise.all([refreshHealth(), refreshCalls(), refreshSessions()]);
        plot(calls, sessions);
        text('updated', new Date().toLocaleTimeString());
    } catch (e) {
        // No point this time: a counter read as 0 would draw a drop and then a spike. The next refresh's rates cover
        // the whole gap, from the last snapshot that was read.
        text('updated', 'refresh failed (' + e.message + ') at ' + new Date().toLocaleTimeString());
    } finally {
        refreshing = false;
    }
}

refresh();
setInterval(refresh, 2000);

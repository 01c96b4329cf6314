// The dashboard reads the actuator's JSON endpoints only: what it shows is what Prometheus and Grafana see.
'use strict';

const REQUESTS = 'ispconfig.client.requests';

async function json(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
        throw new Error(path + ': HTTP ' + response.status);
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
        return 0;
    }
}

async function tagValues(name, tag) {
    try {
        const meter = await json('/actuator/metrics/' + name);
        const found = meter.availableTags.find(t => t.tag === tag);
        return found ? found.values.slice().sort() : [];
    } catch (e) {
        return [];
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
    text('total-calls', await statistic(REQUESTS, 'COUNT'));
    const methods = await tagValues(REQUESTS, 'method');
    const perMethod = await Promise.all(methods.map(async method => {
        const tag = ['method:' + method];
        const count = await statistic(REQUESTS, 'COUNT', tag);
        const total = await statistic(REQUESTS, 'TOTAL_TIME', tag);
        const max = await statistic(REQUESTS, 'MAX', tag);
        return [method, count, count ? Math.round(total * 1000 / count * 10) / 10 : 0, Math.round(max * 10000) / 10];
    }));
    rows('methods', perMethod);

    const outcomes = (await tagValues(REQUESTS, 'outcome')).filter(outcome => outcome !== 'SUCCESS');
    const codes = await tagValues(REQUESTS, 'fault.code');
    const errors = [];
    let totalErrors = 0;
    for (const outcome of outcomes) {
        for (const code of codes) {
            const count = await statistic(REQUESTS, 'COUNT', ['outcome:' + outcome, 'fault.code:' + code]);
            if (count > 0) {
                errors.push([outcome, code, count]);
                totalErrors += count;
            }
        }
    }
    rows('errors', errors);
    text('total-errors', totalErrors);
}

async function refreshSessions() {
    text('live-sessions', await statistic('ispconfig.client.sessions.live', 'VALUE'));
    const reasons = ['initial', 'proactive_refresh', 'expiry'];
    const counts = await Promise.all(reasons.map(reason =>
        statistic('ispconfig.client.logins', 'COUNT', ['reason:' + reason])));
    text('logins', counts.reduce((a, b) => a + b, 0));
    text('logins-by-reason', reasons.map((reason, i) => reason + ' ' + counts[i]).join(' · '));
    text('retries', await statistic('ispconfig.client.retries', 'COUNT'));
}

let refreshing = false;

async function refresh() {
    if (refreshing) {
        return; // a slow answer: skip this tick rather than pile requests up
    }
    refreshing = true;
    try {
        await Promise.all([refreshHealth(), refreshCalls(), refreshSessions()]);
        text('updated', new Date().toLocaleTimeString());
    } finally {
        refreshing = false;
    }
}

refresh();
setInterval(refresh, 2000);

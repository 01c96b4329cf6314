// Time series of the last five minutes, drawn with uPlot (served by the app from its WebJar: the page works
// offline). Each chart keeps its own series; dashboard.js feeds them a point per refresh.
'use strict';

const WINDOW_SECONDS = 300;
const COLOURS = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#4b5563'];

/** A line chart whose series appear as their names first turn up; {@code data[0]} holds the times. */
class Chart {

    constructor(elementId, unit) {
        this.element = document.getElementById(elementId);
        this.unit = unit;
        this.names = [];
        this.data = [[]];
        this.plot = null;
    }

    /** Adds a point at {@code time} (seconds) for every series in {@code values} (name to number). */
    add(time, values) {
        let grew = false;
        for (const name of Object.keys(values)) {
            if (!this.names.includes(name)) {
                this.names.push(name);
                this.data.push(this.data[0].map(() => null));
                grew = true;
            }
        }
        this.data[0].push(time);
        this.names.forEach((name, i) => this.data[i + 1].push(name in values ? values[name] : null));
        while (this.data[0].length > 1 && time - this.data[0][0] > WINDOW_SECONDS) {
            this.data.forEach(series => series.shift());
        }
        // A series with no value left in the window (a method no longer among the busiest) leaves the legend too.
        const gone = this.names.filter((name, i) => this.data[i + 1].every(v => v === null));
        if (gone.length) {
            const kept = this.names.map((name, i) => i).filter(i => !gone.includes(this.names[i]));
            this.data = [this.data[0]].concat(kept.map(i => this.data[i + 1]));
            this.names = kept.map(i => this.names[i]);
            grew = true;
        }
        if (grew || this.plot === null) {
            this.create();
        } else {
            this.plot.setData(this.data);
        }
    }

    create() {
        if (this.plot !== null) {
            this.plot.destroy();
        }
        const series = [{}].concat(this.names.map((name, i) => ({
            label: name, stroke: COLOURS[i % COLOURS.length], width: 2, spanGaps: true,
            // Points too: a fresh page has a few seconds of data, a line too short to see in five minutes.
            points: { show: true, size: 5 },
            value: (u, v) => v === null ? '–' : v.toFixed(2) + ' ' + this.unit
        })));
        this.plot = new uPlot({
            width: Math.max(this.element.clientWidth, 200), height: 180, series,
            // The last five minutes, whatever the data spans: a fresh page shows its first points at the right edge.
            scales: { x: { time: true, range: (u, min, max) => [max - WINDOW_SECONDS, max] },
                      y: { range: (u, min, max) => [0, Math.max(max, 1) * 1.1] } },
            axes: [{ values: (u, ticks) => ticks.map(clockTime) }, { size: 50 }], legend: { live: false }
        }, this.data, this.element);
    }

    resize() {
        if (this.plot !== null) {
            this.plot.setSize({ width: Math.max(this.element.clientWidth, 200), height: 180 });
        }
    }

    /** The number of points of a series that are above zero (for the page test). */
    pointsAboveZero(name) {
        const i = this.names.indexOf(name);
        return i < 0 ? 0 : this.data[i + 1].filter(v => v !== null && v > 0).length;
    }
}

/** Hours and minutes of a time in seconds: the window is five minutes, a date would only take room. */
function clockTime(seconds) {
    return new Date(seconds * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

window.dashboardCharts = {
    calls: new Chart('chart-calls', '/s'),
    latency: new Chart('chart-latency', 'ms'),
    errors: new Chart('chart-errors', '/s'),
    logins: new Chart('chart-logins', '/min')
};

window.addEventListener('resize', () => Object.values(window.dashboardCharts).forEach(chart => chart.resize()));

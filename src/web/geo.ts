import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoCentroid, geoConicEqualArea, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { countryOf } from "./filters.ts";

type Country = Feature<Geometry, { name: string }>;

// Read from the installed world-atlas package once, on first use: nothing is fetched at run time.
let countries: Country[] | null = null;
function world(): Country[] {
  if (!countries) {
    const file = createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
    const topo = JSON.parse(readFileSync(file, "utf8")) as Topology;
    countries = (feature(topo, topo.objects.countries!) as FeatureCollection<Geometry, { name: string }>).features;
  }
  return countries;
}

export interface MapShape {
  name: string;
  /** The country's name in the knowledge base's spelling (Russia, Kyrgyzstan...). */
  canonical: string;
  d: string;
}

export interface MapPoint {
  canonical: string;
  x: number;
  y: number;
}

/** Country outlines projected to fit the countries of interest (with their neighbours), and their centroids. */
export function projectMap(focus: readonly string[], width: number, height: number): { shapes: MapShape[]; points: Map<string, MapPoint> } {
  const all = world().map((f) => ({ f, canonical: countryOf(f.properties.name) }));
  const wanted = new Set(focus);
  const fit = all.filter((c) => wanted.has(c.canonical)).map((c) => c.f);
  const fc: FeatureCollection = { type: "FeatureCollection", features: fit.length ? fit : all.map((c) => c.f) };
  const projection = geoConicEqualArea().parallels([40, 60]).rotate([-70, 0]).fitExtent([[20, 20], [width - 20, height - 20]], fc);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const shapes: MapShape[] = [];
  const points = new Map<string, MapPoint>();
  for (const { f, canonical } of all) {
    const [[x0, y0], [x1, y1]] = path.bounds(f as GeoPermissibleObjects);
    if (x1 < 0 || y1 < 0 || x0 > width || y0 > height) continue;
    shapes.push({ name: f.properties.name, canonical, d: path(f as GeoPermissibleObjects) ?? "" });
    if (wanted.has(canonical)) {
      const p = projection(geoCentroid(f as GeoPermissibleObjects));
      if (p) points.set(canonical, { canonical, x: p[0], y: p[1] });
    }
  }
  return { shapes, points };
}

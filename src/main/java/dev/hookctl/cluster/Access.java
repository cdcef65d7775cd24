package dev.hookctl.cluster;

/** One API request as RBAC sees it: a verb on a resource ({@code workflows.argoproj.io}) in a namespace ("" = cluster-wide). */
record Access(String verb, String resource, String namespace) {
}

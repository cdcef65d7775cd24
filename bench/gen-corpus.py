#!/usr/bin/env python3
"""Writes a synthetic Shared Configuration Repository for the lint benchmark.

usage: gen-corpus.py DIR N   -> N hook WorkflowTemplates and N/10 PromotionFlows (each flow
assigns hooks from the set), in the folder layout Codefresh uses. Deterministic for a given N.
"""
import os
import sys

HOOK = """apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: hook-{i:05d}
  annotations:
    codefresh.io/workflow-origin: promotion
    version: "1.{v}.0"
    description: "Synthetic hook {i} for the lint benchmark"
spec:
  serviceAccountName: cf-default-promotion-workflows-sa
  entrypoint: main
  arguments:
    parameters:
      - name: RELEASE_URL
      - name: PRODUCT_NAME
      - name: VERSION
      - name: COMMIT_SHA
      - name: PROMOTION_FLOW_NAME
      - name: RELEASE_ID
      - name: CHANNEL
        value: "#releases-{v}"
  templates:
    - name: main
      retryStrategy:
        limit: "{r}"
      inputs:
        parameters:
          - name: channel
            value: "{{{{workflow.parameters.CHANNEL}}}}"
      container:
        image: curlimages/curl:8.10.1
        command: [sh, -c]
        args:
          - |
            curl -sS -X POST "$WEBHOOK_URL" \\
              -H 'Content-Type: application/json' \\
              -d "{{\\"channel\\": \\"{{{{inputs.parameters.channel}}}}\\", \\"text\\": \\"{{{{workflow.parameters.PRODUCT_NAME}}}} {{{{workflow.parameters.VERSION}}}} ({{{{workflow.parameters.COMMIT_SHA}}}}) in {{{{workflow.parameters.PROMOTION_FLOW_NAME}}}}: {{{{workflow.parameters.RELEASE_URL}}}} {{{{workflow.parameters.RELEASE_ID}}}}\\"}}"
        env:
          - name: WEBHOOK_URL
            valueFrom:
              secretKeyRef:
                name: slack-webhook
                key: url
"""

FLOW = """apiVersion: codefresh.io/v1beta1
kind: PromotionFlow
metadata:
  name: flow-{i:05d}
spec:
  triggerEnvironment: dev
  hooks:
    onStart: hook-{a:05d}
    onSuccess: hook-{b:05d}
  steps:
    - environment: qa
      dependsOn: [dev]
      hooks:
        onStart: hook-{c:05d}
    - environment: staging
      dependsOn: [dev]
    - environment: prod
      dependsOn: [qa, staging]
      policy:
        action: pr
"""


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    hooks = os.path.join(out, "resources/control-planes/promotion-workflows")
    flows = os.path.join(out, "resources/configurations/promotion-flows")
    os.makedirs(hooks, exist_ok=True)
    os.makedirs(flows, exist_ok=True)
    for i in range(n):
        with open(os.path.join(hooks, f"hook-{i:05d}.yaml"), "w") as f:
            f.write(HOOK.format(i=i, v=i % 7, r=1 + i % 5))
    for i in range(max(1, n // 10)):
        with open(os.path.join(flows, f"flow-{i:05d}.yaml"), "w") as f:
            f.write(FLOW.format(i=i, a=(3 * i) % n, b=(3 * i + 1) % n, c=(3 * i + 2) % n))


if __name__ == "__main__":
    main()

package tn.entrix.gate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tn.entrix.event.EventService;
import tn.entrix.event.EventView;
import tn.entrix.identity.GroupService;
import tn.entrix.identity.GroupView;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;

/**
 * An event's gate page ({@code console/gate/policy.xhtml?event=ID}, ADMIN): re-entry, capacity alert and
 * enforcement, and the derby segregation rules (a supporter group bound to its zones and gates).
 */
@Named
@ViewScoped
public class GatePolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String POLICY_FORM = "policyForm";
    static final String RULE_FORM = "ruleForm";
    static final Map<String, String> RULE_FIELDS = Map.of("groupId", "ruleGroup", "name", "ruleName",
            "zoneIds", "ruleZones", "accessPointIds", "ruleGates");

    @Inject
    GatePolicyService policies;

    @Inject
    EventService events;

    @Inject
    GroupService groups;

    @Inject
    FormValidation validation;

    private Long eventId;
    private EventView event;
    private Reentry reentry;
    private int alertPercent;
    private boolean enforceZoneCapacity;
    private List<SegregationView> rules = List.of();
    private List<Option> zoneOptions = List.of();
    private List<Option> gateOptions = List.of();
    private List<GroupView> groupOptions = List.of();
    private Map<Long, String> zoneLabels = Map.of();
    private Map<Long, String> gateLabels = Map.of();
    private Long ruleGroupId;
    private String ruleName;
    private List<Long> ruleZoneIds = new ArrayList<>();
    private List<Long> ruleGateIds = new ArrayList<>();

    public void load() {
        if (eventId == null) {
            ConsolePages.notFound();
            return;
        }
        try {
            event = events.find(eventId);
            GatePolicy policy = policies.policy(eventId);
            reentry = policy.reentry();
            alertPercent = policy.alertPercent();
            enforceZoneCapacity = policy.enforceZoneCapacity();
            zoneOptions = policies.zonesOf(eventId);
            gateOptions = policies.entryPointsOf(eventId);
            zoneLabels = zoneOptions.stream().collect(Collectors.toMap(Option::id, Option::label));
            gateLabels = gateOptions.stream().collect(Collectors.toMap(Option::id, Option::label));
            groupOptions = groups.list(null, null, 0, 200).items();
            rules = policies.segregations(eventId);
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    public void savePolicy() {
        GatePolicy policy = new GatePolicy(reentry, alertPercent, enforceZoneCapacity);
        if (!validation.check(policy, POLICY_FORM, Map.of("reentry", "reentry", "alertPercent", "alertPercent"))) {
            return;
        }
        try {
            policies.setPolicy(eventId, policy);
            ConsoleMessages.info("gatePolicy.saved");
        } catch (EntrixException e) {
            ConsoleMessages.error(POLICY_FORM, e);
        }
    }

    public void addRule() {
        SegregationRequest request = new SegregationRequest(ruleGroupId, ruleName, new HashSet<>(ruleZoneIds),
                new HashSet<>(ruleGateIds));
        if (!validation.check(request, RULE_FORM, RULE_FIELDS)) {
            return;
        }
        try {
            policies.addSegregation(eventId, request);
            ConsoleMessages.info("segregation.added", request.name());
            rules = policies.segregations(eventId);
            ruleGroupId = null;
            ruleName = null;
            ruleZoneIds = new ArrayList<>();
            ruleGateIds = new ArrayList<>();
        } catch (EntrixException e) {
            ConsoleMessages.error(RULE_FORM, e, RULE_FIELDS);
        }
    }

    public void removeRule(SegregationView rule) {
        try {
            policies.removeSegregation(eventId, rule.id());
            ConsoleMessages.info("segregation.removed", rule.name());
            rules = policies.segregations(eventId);
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    public String zonesOf(SegregationView rule) {
        return rule.zoneIds().stream().map(id -> zoneLabels.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
    }

    public String gatesOf(SegregationView rule) {
        return rule.accessPointIds().stream().map(id -> gateLabels.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(", "));
    }

    public Reentry[] getReentries() {
        return Reentry.values();
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public EventView getEvent() {
        return event;
    }

    public Reentry getReentry() {
        return reentry;
    }

    public void setReentry(Reentry reentry) {
        this.reentry = reentry;
    }

    public int getAlertPercent() {
        return alertPercent;
    }

    public void setAlertPercent(int alertPercent) {
        this.alertPercent = alertPercent;
    }

    public boolean isEnforceZoneCapacity() {
        return enforceZoneCapacity;
    }

    public void setEnforceZoneCapacity(boolean enforceZoneCapacity) {
        this.enforceZoneCapacity = enforceZoneCapacity;
    }

    public List<SegregationView> getRules() {
        return rules;
    }

    public List<Option> getZoneOptions() {
        return zoneOptions;
    }

    public List<Option> getGateOptions() {
        return gateOptions;
    }

    public List<GroupView> getGroupOptions() {
        return groupOptions;
    }

    public Long getRuleGroupId() {
        return ruleGroupId;
    }

    public void setRuleGroupId(Long ruleGroupId) {
        this.ruleGroupId = ruleGroupId;
    }

    public String getRuleName() {
        return ruleName;
    }

    public void setRuleName(String ruleName) {
        this.ruleName = ruleName;
    }

    public List<Long> getRuleZoneIds() {
        return ruleZoneIds;
    }

    public void setRuleZoneIds(List<Long> ruleZoneIds) {
        this.ruleZoneIds = ruleZoneIds;
    }

    public List<Long> getRuleGateIds() {
        return ruleGateIds;
    }

    public void setRuleGateIds(List<Long> ruleGateIds) {
        this.ruleGateIds = ruleGateIds;
    }
}

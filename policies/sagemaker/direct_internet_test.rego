package iacvet.rules.sagemaker_direct_internet_test

import data.iacvet.rules.sagemaker_direct_internet

nb(props) := {"resources": [{"address": "Lab", "type": "AWS::SageMaker::NotebookInstance", "has_unknown": true, "properties": props}]}

test_fail if count(sagemaker_direct_internet.deny) == 1 with input as nb({"DirectInternetAccess": "Enabled"})

test_fail_default if count(sagemaker_direct_internet.deny) == 1 with input as nb({"InstanceType": "ml.t3.medium"})

test_pass if count(sagemaker_direct_internet.deny) == 0 with input as nb({"DirectInternetAccess": "Disabled", "SubnetId": "subnet-0abc"})

test_unknown if count(sagemaker_direct_internet.unknown) == 1 with input as nb({"DirectInternetAccess": {"$unknown": true}})
